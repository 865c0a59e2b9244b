// The benchmark server: an echo on every path (no path given) and a broadcast on /broadcast, written in 4D code.
// The port is the web server's default (8080, or FOURD_HTTP_PORT).
WEB START SERVER
CALL WORKER("echo"; Formula(echoServer:=4D.WebSocketServer.new(cs.EchoServer.new())))
CALL WORKER("broadcast"; Formula(broadcastServer:=4D.WebSocketServer.new(cs.BroadcastServer.new(); {path: "/broadcast"})))
