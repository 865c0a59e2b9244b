// Two 4D.WebSocket clients that fail by themselves: one to a name (resolved on the plugin's resolver thread) whose
// port refuses, one to a name that does not resolve. The host ends once both have terminated; no thread may be left.
var $refused; $unresolved : 4D.WebSocket
$refused:=4D.WebSocket.new("ws://localhost:1/"; New object("onTerminate"; Formula(ALERT("refused terminated"))))
$unresolved:=4D.WebSocket.new("ws://no-such-host.invalid/"; New object("onTerminate"; Formula(ALERT("unresolved terminated"))))
