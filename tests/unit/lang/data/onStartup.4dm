var $handler : cs.ServerHandler
$handler:=cs.ServerHandler.new()
CALL WORKER("WebSocketServer"; Formula(wss:=4D.WebSocketServer.new($handler; {path: "/chat"; dataType: "text"})))
