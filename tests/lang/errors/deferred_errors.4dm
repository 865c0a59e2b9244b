Try
	throw({errCode: 1; message: "first deferred"; deferred: True})
	throw({errCode: 2; message: "second deferred"; deferred: True})
	ALERT("still in try")
Catch
	ALERT(String(Last errors.length))
	ALERT(String(Last errors.some(Formula($1.value.errCode=1))))
	ALERT(String(Last errors.some(Formula($1.value.errCode=2))))
End try
ALERT("after")
