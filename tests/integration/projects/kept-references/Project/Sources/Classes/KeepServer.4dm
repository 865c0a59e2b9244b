// Hands every client a Keeper; keeps the connection that closed last, for the "inspect" client (?inspect=1).
Function onConnection($wss : Object; $event : Object) : Object
	If ($event.request.query.inspect#Null)
		return cs.Inspector.new()
	End if
	return cs.Keeper.new()
