#DECLARE($announce : Boolean)
var $start : Integer
$start:=Milliseconds
While ((Storage.release=Null) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
DELAY PROCESS(Current process; 6)
If ($announce)
	ALERT("held")
End if
