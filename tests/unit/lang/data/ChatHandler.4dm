Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	$ws.send("Welcome on the chat!")
	This.broadcast($ws; "New client connected")

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	This.broadcast($ws; $event.data)

Function onTerminate($ws : 4D.WebSocketConnection; $event : Object)
	This.broadcast($ws; "Client disconnected")

Function broadcast($ws : 4D.WebSocketConnection; $message : Text)
	var $client : 4D.WebSocketConnection
	For each ($client; $ws.wss.connections)
		If ($client.id#$ws.id)
			$client.send($message)
		End if
	End for each
