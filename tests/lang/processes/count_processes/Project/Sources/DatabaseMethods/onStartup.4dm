// developer.4d.com/docs/commands-legacy/count-user-processes: the number of live processes (neither aborted
// nor nonexistent) the user opened; developer.4d.com/docs/commands-legacy/count-tasks: the highest alive
// process number.
var $before; $first; $second; $start : Integer
$before:=Count user processes
$first:=New process("waiter"; 0; "first waiter")
$second:=New process("waiter"; 0; "second waiter")
ALERT(String(Count user processes-$before))
ALERT(String(Count tasks=$second))
Use (Storage)
	Storage.release:=True
End use
$start:=Milliseconds
While (((Process state($first)>=Executing) || (Process state($second)>=Executing)) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
ALERT(String(Count user processes-$before))
ALERT(String(Count tasks<$first))
