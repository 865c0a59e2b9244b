CALL WORKER("jobs"; "workerJob"; "result"; 21)
