// Handlers that keep references to their connections and servers, as 4D code commonly does, each holding a
// payload of its own: tests/integration/python/test_kept_references.py checks that the host's memory does not
// grow with the sessions and servers that have closed.
//   /keep     every connection handler keeps its connection (This.ws:=$ws) and 64 KiB
//   /control  a client opens and terminates servers on /round, one at a time (see Control)
WEB START SERVER
CALL WORKER("keep"; Formula(keepServer:=4D.WebSocketServer.new(cs.KeepServer.new(); {path: "/keep"})))
CALL WORKER("rounds"; Formula(controlServer:=4D.WebSocketServer.new(cs.ControlServer.new(); {path: "/control"})))
