Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	var $client : 4D.WebSocketConnection
	For each ($client; $ws.wss.connections)
		$client.send($event.data)
	End for each
