// Driven by its client, one server at a time on /round, kept in process variables of this worker:
//   "open"     creates it (roundServer) with a handler (roundHandler) that answers "opened" from onOpen
//   "close"    terminates it; its handler answers "closed" from onTerminate
//   "inspect"  logs the members of the last server and of one of its connections, after their close
Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	Case of
		: ($event.data="open")
			roundHandler:=cs.RoundServer.new($ws)
			roundServer:=4D.WebSocketServer.new(roundHandler; {path: "/round"})
		: ($event.data="close")
			roundServer.terminate()
		: ($event.data="inspect")
			logLine("closed server handler="+((roundServer.handler=Null) ? "Null" : "object")+\
				" connections="+String(roundServer.connections.length)+" terminated="+String(roundServer.terminated)+\
				" path="+roundServer.path+" dataType="+roundServer.dataType)
			logLine("closed round connection "+describeConnection(roundHandler.clients[0]))
			$ws.send("inspected")
	End case
