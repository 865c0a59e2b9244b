var $v : Variant
Try
	$v:="abc"+1
	ALERT("not reached")
Catch
	ALERT("text plus number is an error")
End try
ALERT("abc"+String(1))
