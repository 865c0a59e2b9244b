// Runs in the "echo" worker, so every callback of these servers runs there too.
// Each path receives in its own dataType; the process variables keep the servers for a later terminate().
var $handler : cs.EchoServerHandler
$handler:=cs.EchoServerHandler.new()
textEcho:=4D.WebSocketServer.new($handler; {path: "/"; dataType: "text"})
blobEcho:=4D.WebSocketServer.new($handler; {path: "/blob"; dataType: "blob"})
objectEcho:=4D.WebSocketServer.new($handler; {path: "/object"; dataType: "object"})
// Text in, text out, with permessage-deflate offered to clients that ask for it (off by default).
deflateEcho:=4D.WebSocketServer.new($handler; {path: "/deflate"; dataType: "text"; perMessageDeflate: True})
