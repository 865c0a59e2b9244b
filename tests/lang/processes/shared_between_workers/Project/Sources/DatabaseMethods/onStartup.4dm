var $so : Object
$so:=New shared object("value"; "original")
CALL WORKER("sharer"; "modifyShared"; $so)
waitForFlag("done")
ALERT("main: "+$so.value)
