// Runs in the "robust" worker: one server per limit under test, so one host serves every fault test.
// Small limits keep the tests short; the process variables keep the servers for the shutdown tests.
var $handler : cs.ProbeServer
$handler:=cs.ProbeServer.new()
echoServer:=4D.WebSocketServer.new($handler; {path: "/echo"})
smallServer:=4D.WebSocketServer.new($handler; {path: "/small"; maxMessageSize: 1024})
pingServer:=4D.WebSocketServer.new($handler; {path: "/ping"; pingInterval: 1})
idleServer:=4D.WebSocketServer.new($handler; {path: "/idle"; idleTimeout: 1})
capServer:=4D.WebSocketServer.new($handler; {path: "/cap"; maxConnections: 3})
slowServer:=4D.WebSocketServer.new($handler; {path: "/slow"; maxOutgoingBuffer: 262144})
quickServer:=4D.WebSocketServer.new($handler; {path: "/quick"; handshakeTimeout: 1})
logLine("ready")
