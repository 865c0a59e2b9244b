// Echoes every message, except "count", answered with the number of upgrades onConnection saw so far.
property server : cs.CountingServer

Class constructor($server : cs.CountingServer)
	This.server:=$server

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	If ($event.data="count")
		$ws.send(String(This.server.upgrades))
	Else
		$ws.send($event.data)
	End if
