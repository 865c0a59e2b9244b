Function onConnection($wss : Object; $event : Object) : Object
	return cs.EchoConnection.new()

Function onError($wss : Object; $event : Object)
	LOG EVENT(Into system standard outputs; "echo server error: "+$event.statusText)
