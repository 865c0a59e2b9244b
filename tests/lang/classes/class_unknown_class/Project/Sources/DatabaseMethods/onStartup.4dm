ALERT("start")
Try
	var $x : Object
	$x:=cs.DoesNotExist.new()
	ALERT("not reached")
Catch
	ALERT("no such class")
End try
ALERT(String(OB Instance of(cs.Real1.new(); cs.Real1)))
