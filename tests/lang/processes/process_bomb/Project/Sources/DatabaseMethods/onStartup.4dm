// A process bomb: every process starts two more of itself, so their number doubles until the host's limit
// (--max-processes, 50 here from process_bomb.args) refuses more, with error -108 (commands-legacy/new-process:
// "If the process could not be created [...] New process returns zero (0) and an error is generated"). Without the
// limit such code exhausted the host's memory. The bombs wait until released, so the count stops at the limit: 49 besides the main process, which Count user processes leaves out (its origin
// is -1, commands-legacy/count-user-processes).
var $n : Integer
$n:=New process("bomb"; 0; "bomb")
var $start : Integer
$start:=Milliseconds
While ((Count user processes<49) && ((Milliseconds-$start)<10000))
	DELAY PROCESS(Current process; 1)
End while
DELAY PROCESS(Current process; 6)
ALERT("live processes: "+String(Count user processes))
ALERT("refused: "+String(Storage.refused>0))
Use (Storage)
	Storage.release:=True
End use
