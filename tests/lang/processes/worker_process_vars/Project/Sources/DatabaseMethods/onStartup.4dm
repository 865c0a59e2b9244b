var pv : Text
pv:="main value"
CALL WORKER("pvWorker"; "workerSetVar")
CALL WORKER("pvWorker"; "workerReadVar")
waitForFlag("done")
ALERT("main sees "+pv)
