exists
Try
	Formula from string("doesNotExist(1)").call()
	ALERT("not reached")
Catch
	ALERT("no such method")
End try
