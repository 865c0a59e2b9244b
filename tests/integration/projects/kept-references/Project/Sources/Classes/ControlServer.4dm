Function onConnection($wss : Object; $event : Object) : Object
	return cs.Control.new()
