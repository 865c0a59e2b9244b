// The demo upstream: a price feed.
Function onConnection($wss : Object; $event : Object) : Object
	return cs.TickerConnection.new()
