// Added to the documentation's example: the WebSocket server needs the web server running.
WEB START SERVER

//create an instance of the user class
//that will handle the connections to the server
var $handler:cs.myServerHandler
$handler:=cs.myServerHandler.new()

CALL WORKER("WebSocketServer"; Formula(wss:=4D.WebSocketServer.new($handler)))
//assign a variable (wss) to the WebSocket allows you
//to call wss.terminate() afterwards
