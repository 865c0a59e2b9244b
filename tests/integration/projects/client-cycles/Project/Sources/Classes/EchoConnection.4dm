Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	$ws.send($event.data)
