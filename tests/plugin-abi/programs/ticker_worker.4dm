// The same from a worker started with CALL WORKER: the callbacks run in that worker.
CALL WORKER("ticker"; Formula(4D.Counter.new().startTicker(3; {onTick: Formula(ALERT(Current process name+" tick "+String($1))); onDone: Formula(ALERT(Current process name+" done"))})))
