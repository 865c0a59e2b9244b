// "live": how many connections the server still has open (this one included).
// "inspect": logs the members of the connection that closed last.
Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	Case of
		: ($event.data="live")
			$ws.send(String($ws.wss.connections.length))
		: ($event.data="inspect")
			logLine("closed connection "+describeConnection($ws.wss.handler.lastClosed))
			$ws.send("inspected")
	End case
