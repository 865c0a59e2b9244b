Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	var $client : 4D.WebSocketConnection
	For each ($client; $ws.wss.connections)
		If ($client.status="Connected")
			$client.send($event.data)
		End if
	End for each
