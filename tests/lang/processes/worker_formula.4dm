ALERT("main")
CALL WORKER("w1"; Formula(ALERT("in worker")))
