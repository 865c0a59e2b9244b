var $r : Integer
Try
	$r:=forever(1)
	ALERT("not reached")
Catch
	ALERT("recursion stopped")
	ALERT(String(Last errors.length>0))
End try
ALERT("host still alive")
