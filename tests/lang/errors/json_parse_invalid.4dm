var $v : Variant
Try
	$v:=JSON Parse("{\"a\":")
	ALERT("not reached")
Catch
	ALERT("invalid JSON")
	ALERT(String(Last errors.length>0))
End try
