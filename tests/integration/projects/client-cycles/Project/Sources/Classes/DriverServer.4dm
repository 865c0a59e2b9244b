Function onConnection($wss : Object; $event : Object) : Object
	return cs.Driver.new()
