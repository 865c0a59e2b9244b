Try
	throw(42; "the answer")
Catch
	ALERT(String(Last errors.length))
	ALERT(String(Last errors[0].errCode))
	ALERT(Last errors[0].message)
End try
