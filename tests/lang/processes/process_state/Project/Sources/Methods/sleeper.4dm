DELAY PROCESS(Current process; 600)
