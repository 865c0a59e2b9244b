// The server's handler: refuses the clients that ask for it (?refuse=1) and logs the server's life cycle.
Function onConnection($wss : Object; $event : Object) : Object
	If ($event.request.query.refuse#Null)
		logLine("refused url="+$event.request.url)
		return Null
	End if
	return cs.LifecycleConnection.new()

Function onOpen($wss : Object; $event : Object)
	logLine("server open path="+$wss.path+" terminated="+String($wss.terminated))

Function onTerminate($wss : Object; $event : Object)
	logLine("server terminate terminated="+String($wss.terminated)+" connections="+String($wss.connections.length))

Function onError($wss : Object; $event : Object)
	logLine("server error "+$event.statusText)
