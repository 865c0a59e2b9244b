CALL WORKER("a"; Formula(CALL WORKER("b"; Formula(CALL WORKER("c"; Formula(ALERT("end of chain")))))))
