CALL WORKER("alpha"; Formula(ALERT(Current process name)))
