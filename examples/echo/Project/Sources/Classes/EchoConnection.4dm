Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	$ws.send($event.data)

// In "object" mode a message that is not JSON arrives here; the connection stays open.
Function onError($ws : 4D.WebSocketConnection; $event : Object)
	LOG EVENT(Into system standard outputs; "echo connection "+String($ws.id)+" error: "+JSON Stringify($event.errors))
