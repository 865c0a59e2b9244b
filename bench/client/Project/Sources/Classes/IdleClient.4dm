// An open client that does nothing; the first one opens the others a second after it opened.
property first : Boolean

Class constructor($first : Boolean)
	This.first:=$first

Function onOpen($ws : 4D.WebSocket; $event : Object)
	var $i : Integer
	If (This.first)
		ALERT("baseline")
		DELAY PROCESS(Current process; 60)
		For ($i; 1; idleCount)
			4D.WebSocket.new(idleUrl; cs.IdleClient.new(False))
		End for
	Else
		idleOpen:=idleOpen+1
		If (idleOpen=idleCount)
			ALERT("all open")
		End if
	End if

Function onError($ws : 4D.WebSocket; $event : Object)
	ALERT("error: "+$event.errors[0].message)
