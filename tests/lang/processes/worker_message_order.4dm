CALL WORKER("ordered"; Formula(ALERT("1")))
CALL WORKER("ordered"; Formula(ALERT("2")))
CALL WORKER("ordered"; Formula(ALERT("3")))
