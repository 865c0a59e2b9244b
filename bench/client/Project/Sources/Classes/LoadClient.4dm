// Keeps `inFlight` echoes outstanding until the process's deadline (loadDeadline), then closes; counts the echoes
// received before the deadline into loadCounted.
property payload : Text
property inFlight : Integer

Class constructor($payload : Text; $inFlight : Integer)
	This.payload:=$payload
	This.inFlight:=$inFlight

Function onOpen($ws : 4D.WebSocket; $event : Object)
	var $i : Integer
	For ($i; 1; This.inFlight)
		$ws.send(This.payload)
	End for

Function onMessage($ws : 4D.WebSocket; $event : Object)
	If (Milliseconds<loadDeadline)
		loadCounted:=loadCounted+1
		$ws.send(This.payload)
	Else
		$ws.terminate()
	End if

Function onError($ws : 4D.WebSocket; $event : Object)
	ALERT("error: "+$event.errors[0].message)

Function onTerminate($ws : 4D.WebSocket; $event : Object)
	loadOpen:=loadOpen-1
	If (loadOpen=0)
		ALERT(JSON Stringify(New object("messages"; loadCounted; "seconds"; loadSeconds)))
	End if
