// A bridge: this host connects as a client to an upstream WebSocket server and relays what it says to its own
// clients on /feed. Set $upstream to the server to relay; left empty, the bridge relays the demo ticker this project
// serves itself on /upstream.
var $upstream : Text
$upstream:=""

WEB START SERVER
CALL WORKER("bridge"; Formula(feed:=4D.WebSocketServer.new(cs.FeedServer.new(); New object("path"; "/feed"))))
If ($upstream="")
	CALL WORKER("ticker"; Formula(ticker:=4D.WebSocketServer.new(cs.TickerServer.new(); New object("path"; "/upstream"))))
	$upstream:="ws://127.0.0.1:"+String(WEB Server.HTTPPort)+"/upstream"
End if
// The client is created on the bridge's worker, so its callbacks run there, beside the /feed server they relay to.
CALL WORKER("bridge"; Formula(upstream:=4D.WebSocket.new($upstream; cs.Upstream.new())))
ALERT("relaying "+$upstream+" to ws://127.0.0.1:"+String(WEB Server.HTTPPort)+"/feed")
