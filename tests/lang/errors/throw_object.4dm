Try
	throw({errCode: 7; message: "from object"})
Catch
	ALERT(String(Last errors[0].errCode))
	ALERT(Last errors[0].message)
End try
Try
	throw(New object("errCode"; 8; "message"; "from New object"))
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
