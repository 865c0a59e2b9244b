// The WebSocket server listens on the web server, which must run first; it also serves WebFolder/ (the chat page).
WEB START SERVER

var $handler : cs.ServerHandler
$handler:=cs.ServerHandler.new()
CALL WORKER("WebSocketServer"; Formula(wss:=4D.WebSocketServer.new($handler; {path: "/chat"; dataType: "text"})))

var $webServer : 4D.WebServer
$webServer:=WEB Server
LOG EVENT(Into system standard outputs; "Chat: open http://localhost:"+String($webServer.HTTPPort)+"/ in a browser")
