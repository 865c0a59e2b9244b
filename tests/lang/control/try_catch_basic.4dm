Try
	ALERT("before")
	throw(123; "bad thing")
	ALERT("not reached")
Catch
	ALERT("caught "+String(Last errors[0].errCode))
	ALERT(Last errors[0].message)
End try
ALERT("after")
