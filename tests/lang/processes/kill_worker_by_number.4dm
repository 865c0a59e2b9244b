// developer.4d.com/docs/commands/kill-worker: "In process, you pass either the name or number of the worker
// process whose execution needs to be terminated. If no worker with the specified process name or number exists,
// KILL WORKER does nothing."
var $number; $start : Integer
CALL WORKER("victim"; Formula(0))
$number:=Process number("victim")
ALERT(String($number>0))
KILL WORKER(Count tasks+1)
ALERT(String(Process number("victim")=$number))
KILL WORKER($number)
$start:=Milliseconds
While ((Process number("victim")#0) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
ALERT(String(Process number("victim")))
