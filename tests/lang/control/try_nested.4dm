Try
	Try
		throw(1; "inner")
	Catch
		ALERT("inner catch: "+Last errors[0].message)
		throw(2; "rethrown")
	End try
	ALERT("not reached")
Catch
	ALERT("outer catch sees rethrown: "+String(Last errors.some(Formula($1.value.message="rethrown"))))
End try
ALERT("done")
