CALL WORKER("first"; Formula(CALL WORKER("second"; Formula(ALERT("hello from "+Current process name)))))
