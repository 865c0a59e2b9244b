var $r : Real
throw({errCode: 7; message: "deferred before the Try"; deferred: True})
$r:=Try(1/0)
Try
	throw({errCode: 8; message: "deferred inside the Try"; deferred: True})
Catch
	ALERT("inner catch "+String(Last errors[0].errCode))
End try
ALERT("deferThenTry ends")
