// A connection handler that keeps its connection and 64 KiB; its server's handler keeps the connection too.
Class constructor
	This.payload:=payload(64)

Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	This.ws:=$ws
	$ws.wss.handler.clients.push($ws)
	$ws.send("hi")

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	$ws.send($event.data)
