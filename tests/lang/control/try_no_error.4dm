Try
	ALERT("inside")
Catch
	ALERT("never")
End try
ALERT("after")
