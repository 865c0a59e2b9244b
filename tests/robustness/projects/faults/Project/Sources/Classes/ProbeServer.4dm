// The servers' handler. The query parameter "ret" picks what onConnection does, to try the wrong answers:
//   number / text → returns a value that is no handler; raise → raises an error; null → refuses;
//   sleep → answers after 3 s (past the /quick server's handshakeTimeout); anything else → a Probe.
Function onConnection($wss : Object; $event : Object) : Object
	var $ret : Text
	$ret:=String($event.request.query.ret)
	Case of
		: ($ret="number")
			return 42
		: ($ret="text")
			return "not a handler"
		: ($ret="raise")
			throw(901; "onConnection failed on purpose")
		: ($ret="null")
			return Null
		: ($ret="sleep")
			DELAY PROCESS(Current process; 180)
	End case
	return cs.Probe.new(String($event.request.query.tag))

Function onOpen($wss : Object; $event : Object)
	logLine("server-open path="+$wss.path)

Function onError($wss : Object; $event : Object)
	logLine("server-error path="+$wss.path+" status="+String($event.statusText)+" errors="+JSON Stringify($event.errors))

Function onTerminate($wss : Object; $event : Object)
	logLine("server-terminate path="+$wss.path+" connections="+String($wss.connections.length))
