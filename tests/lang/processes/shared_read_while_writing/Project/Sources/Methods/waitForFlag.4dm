#DECLARE($flag : Text)
var $start : Integer
$start:=Milliseconds
While ((Storage[$flag]=Null) && ((Milliseconds-$start)<60000))
	DELAY PROCESS(Current process; 1)
End while
