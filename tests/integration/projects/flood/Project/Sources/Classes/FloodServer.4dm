Function onConnection($wss : Object; $event : Object) : Object
	If ($event.request.query.role="echo")
		return cs.EchoConnection.new()
	End if
	return cs.SlowConnection.new()
