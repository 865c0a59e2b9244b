var <>step : Integer
CALL WORKER("k"; Formula(ALERT("first run")))
CALL WORKER("k"; Formula(<>step:=1))
var $start : Integer
$start:=Milliseconds
While ((<>step#1) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
KILL WORKER("k")
DELAY PROCESS(Current process; 30)
CALL WORKER("k"; Formula(ALERT("second run in "+Current process name)))
