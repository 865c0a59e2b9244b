// What 4D code reads from a connection's members (after its close, the plugin has let go of its handler).
#DECLARE($ws : Object) : Text
var $send : Text
Try
	$ws.send("late")
	$send:="accepted"
Catch
	$send:="refused"
End try
$ws.terminate()
return "handler="+(($ws.handler=Null) ? "Null" : "object")+" id="+String($ws.id)+" status="+$ws.status+\
" wss="+(($ws.wss=Null) ? "Null" : $ws.wss.path)+" protocol="+$ws.protocol+" send="+$send
