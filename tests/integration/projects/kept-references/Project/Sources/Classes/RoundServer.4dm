// A server handler that keeps its server and its connections (cycles through the plugin) and 256 KiB.
Class constructor($control : 4D.WebSocketConnection)
	This.control:=$control
	This.clients:=New collection
	This.payload:=payload(256)

Function onConnection($wss : Object; $event : Object) : Object
	return cs.RoundConnection.new()

Function onOpen($wss : Object; $event : Object)
	This.wss:=$wss
	This.control.send("opened")

Function onTerminate($wss : Object; $event : Object)
	This.control.send("closed")
