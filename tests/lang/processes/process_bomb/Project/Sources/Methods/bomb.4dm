ON ERR CALL("refused")
var $n : Integer
$n:=New process("bomb"; 0; "bomb")
$n:=New process("bomb"; 0; "bomb")
var $start : Integer
$start:=Milliseconds
While ((Storage.release=Null) && ((Milliseconds-$start)<10000))
	DELAY PROCESS(Current process; 1)
End while
