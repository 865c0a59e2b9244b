Use (Storage)
	Storage.config:=New shared object("level"; 1)
End use
ALERT(String(Storage.config.level))
Use (Storage.config)
	Storage.config.level:=2
End use
ALERT(String(Storage.config.level))
Try
	Storage.config.level:=3
	ALERT("modified without Use")
Catch
	ALERT("Use required")
End try
ALERT(String(Storage.config.level))
