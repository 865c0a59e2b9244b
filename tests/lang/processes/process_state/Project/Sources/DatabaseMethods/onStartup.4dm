// developer.4d.com/docs/commands-legacy/process-state: Executing (0), Delayed (1), Aborted (-1), and Does not
// exist (-100) for a number outside "the range 1 to Count tasks". developer.4d.com/docs/commands/abort-process-by-id:
// stops the process of that unique ID on 4D Server (the host answers as 4D Server).
ALERT(String(Process state(Current process)=Executing))
var $first; $second; $start : Integer
$first:=New process("sleeper"; 0; "first sleeper")
$second:=New process("sleeper"; 0; "second sleeper")
$start:=Milliseconds
While ((Process state($first)#Delayed) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
ALERT("first delayed: "+String(Process state($first)))
ABORT PROCESS BY ID($first)
$start:=Milliseconds
While ((Process state($first)#Aborted) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
// The second process still runs, so the first one's number is within Count tasks.
ALERT("first aborted: "+String(Process state($first)))
ALERT(String(Count tasks=$second))
ABORT PROCESS BY ID($second)
$start:=Milliseconds
While ((Process state($second)#Does not exist) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
ALERT("second ended: "+String(Process state($second)))
ALERT(String(Process state(0)))
ALERT(String(Process state(Count tasks+1)))
