// developer.4d.com/docs/commands-legacy/new-process: "If the process could not be created (for example, if there
// is not enough memory), New process returns zero (0) and an error is generated. You can catch this error using
// an error-handling method installed using ON ERR CALL." The host lets at most --max-processes processes live at
// once (4 here, from process_limit.args: the main process and three more); one more is error -108, not enough
// memory, caught by ON ERR CALL; a worker that CALL WORKER would create counts the same. Once processes have
// ended, new ones start again.
var $i; $n : Integer
ON ERR CALL("catcher")
For ($i; 1; 5)
	$n:=0
	$n:=New process("waiter"; 0; "waiter "+String($i))
	ALERT("waiter "+String($i)+": "+Choose($n>0; "started"; "not started"))
End for
CALL WORKER("a worker"; "waiter")
ON ERR CALL("")
Use (Storage)
	Storage.release:=True
End use
var $start : Integer
$start:=Milliseconds
While ((Count user processes>0) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
ALERT("after they ended: "+Choose(New process("waiter"; 0; "late waiter")>0; "started"; "not started"))
