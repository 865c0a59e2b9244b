var <>count : Integer
<>count:=1
CALL WORKER("adder"; Formula(<>count:=<>count+41))
var $start : Integer
$start:=Milliseconds
While ((<>count#42) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
ALERT(String(<>count))
