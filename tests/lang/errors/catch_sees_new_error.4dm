Try
	throw(1; "first")
Catch
	ALERT(Last errors[0].message)
End try
Try
	throw(2; "second")
Catch
	ALERT(String(Last errors.some(Formula($1.value.errCode=2))))
End try
