CALL WORKER("quitter"; Formula(ALERT("worker ran")))
CALL WORKER("quitter"; Formula(QUIT 4D))
