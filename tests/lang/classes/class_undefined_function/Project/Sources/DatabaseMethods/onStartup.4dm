var $t : cs.Thing
$t:=cs.Thing.new()
ALERT($t.known())
Try
	$t.unknown()
	ALERT("not reached")
Catch
	ALERT("no such function")
End try
ALERT("continues")
