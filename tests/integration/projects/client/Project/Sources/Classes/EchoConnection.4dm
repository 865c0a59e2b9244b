Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	$ws.send($event.data)

Function onTerminate($ws : 4D.WebSocketConnection; $event : Object)
	ALERT("server saw "+String($event.code)+" ["+$event.reason+"]")
