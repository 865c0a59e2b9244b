// This project's own server, for a client in the same host.
Function onConnection($wss : Object; $event : Object) : Object
	return cs.EchoConnection.new()
