var $f : 4D.Function
var $r : Variant
Try
	$f:=Formula from string("1+*")
	$r:=$f.call()
	ALERT("not reached")
Catch
	ALERT("bad formula")
End try
ALERT("after")
