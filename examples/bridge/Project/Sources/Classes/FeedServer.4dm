// The bridge's own server: anyone may listen.
Function onConnection($wss : Object; $event : Object) : Object
	return cs.FeedListener.new()
