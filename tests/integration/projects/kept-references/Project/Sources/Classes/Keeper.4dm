// The handler of issue 12: it keeps its connection (a reference cycle through the plugin) and 64 KiB.
Class constructor
	This.payload:=payload(64)

Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	This.ws:=$ws
	$ws.send("open")

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	$ws.send($event.data)

Function onTerminate($ws : 4D.WebSocketConnection; $event : Object)
	$ws.wss.handler.lastClosed:=$ws
