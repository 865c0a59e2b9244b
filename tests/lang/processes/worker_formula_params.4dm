CALL WORKER("w1"; Formula(ALERT($1+" "+String($2))); "param"; 42)
