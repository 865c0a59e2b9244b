var $o : Object
Try
	$o:=New object
	$o.missingFunction()
	ALERT("not reached")
Catch
	ALERT("caught runtime error")
	ALERT(String(Last errors.length>0))
End try
