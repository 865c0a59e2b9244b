Function onConnection($wss : Object; $event : Object) : Object
	If ($event.request.remoteAddress#"")
		return cs.ChatHandler.new()
	End if
	return Null
