// The web server serves WebFolder/ (the panel's page) and carries the WebSocket server. The server's callbacks run
// in the worker "ControlPanel", where its handler, PanelServer, holds the controls every page shows.
WEB START SERVER
CALL WORKER("ControlPanel"; Formula(panel:=4D.WebSocketServer.new(cs.PanelServer.new(); {path: "/panel"; dataType: "object"})))

var $webServer : 4D.WebServer
$webServer:=WEB Server
LOG EVENT(Into system standard outputs; "Control panel: open http://localhost:"+String($webServer.HTTPPort)+"/ in a browser")
LOG EVENT(Into system standard outputs; "Connections are logged in "+Folder(fk logs folder).file("connections.log").platformPath)
