CALL WORKER("fragile"; Formula(throw(1; "worker failure")))
CALL WORKER("fragile"; Formula(ALERT("worker still alive")))
