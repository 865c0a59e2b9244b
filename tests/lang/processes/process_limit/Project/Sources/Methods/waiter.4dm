var $start : Integer
$start:=Milliseconds
While ((Storage.release=Null) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
