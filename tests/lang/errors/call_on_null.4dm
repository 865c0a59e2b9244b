var $o : Object
Try
	$o.someFunction()
	ALERT("not reached")
Catch
	ALERT("cannot call on null")
End try
var $f : 4D.Function
Try
	$f.call()
	ALERT("not reached")
Catch
	ALERT("null formula")
End try
