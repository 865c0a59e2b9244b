// The benchmark server: an echo on every path (no path given), a broadcast on /broadcast, a slow handler on
// /flood (see FloodServer) and an echo with permessage-deflate on /deflate, written in 4D code. For its wss://
// scenarios, bench/run.py runs a copy in which WEB START SERVER becomes WEB Server.start() over HTTPS only.
// The port is the web server's default (8080, or FOURD_HTTP_PORT).
WEB START SERVER
CALL WORKER("echo"; Formula(echoServer:=4D.WebSocketServer.new(cs.EchoServer.new())))
CALL WORKER("broadcast"; Formula(broadcastServer:=4D.WebSocketServer.new(cs.BroadcastServer.new(); {path: "/broadcast"})))
CALL WORKER("flood"; Formula(floodServer:=4D.WebSocketServer.new(cs.FloodServer.new(); {path: "/flood"})))
CALL WORKER("deflate"; Formula(deflateServer:=4D.WebSocketServer.new(cs.EchoServer.new(); {path: "/deflate"; perMessageDeflate: True})))
