// The connectionHandler of the bridge's client: every message from upstream goes to every client of /feed.
Function onOpen($ws : 4D.WebSocket; $event : Object)
	ALERT("upstream open: "+$ws.url)

Function onMessage($ws : 4D.WebSocket; $event : Object)
	var $client : 4D.WebSocketConnection
	For each ($client; feed.connections)
		$client.send($event.data)
	End for each
	$ws.send("relayed")

Function onError($ws : 4D.WebSocket; $event : Object)
	ALERT("upstream error: "+$event.errors[0].message)

Function onTerminate($ws : 4D.WebSocket; $event : Object)
	ALERT("upstream closed: "+String($event.code)+" "+$event.reason)
	WEB STOP SERVER
