Try
	throw(3; "handled")
Catch
	ALERT("handled it")
End try
