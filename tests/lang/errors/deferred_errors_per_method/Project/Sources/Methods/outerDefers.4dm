throw({errCode: 1; message: "outer"; deferred: True})
Try
	innerDefers
Catch
	ALERT("inner raised "+String(Last errors.length)+", the last "+String(Last errors[Last errors.length-1].errCode))
End try
ALERT("outer returns")
