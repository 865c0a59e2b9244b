CALL WORKER("publisher"; "publish")
var $start : Integer
$start:=Milliseconds
While ((Storage.published=Null) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
ALERT(Storage.results.join(","))
