Try
	level1
	ALERT("not reached")
Catch
	ALERT("caught "+Last errors[0].message)
End try
