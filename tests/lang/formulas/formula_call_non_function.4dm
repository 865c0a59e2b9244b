var $o : Object
$o:=New object("notAFunction"; 5)
Try
	$o.notAFunction()
	ALERT("not reached")
Catch
	ALERT("not callable")
End try
Try
	$o.missing()
	ALERT("not reached")
Catch
	ALERT("missing member")
End try
