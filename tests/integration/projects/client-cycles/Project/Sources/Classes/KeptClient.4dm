// A connectionHandler that keeps its client (This.ws:=$ws) and 32 KiB of its own, so that a client the plugin
// failed to free would show in the host's memory.
property driver : Object
property ws : Object
property ballast : Text

Class constructor($driver : Object; $echo : Boolean)
	This.driver:=$driver
	This.ballast:="0123456789abcdef"
	While (Length(This.ballast)<32768)
		This.ballast:=This.ballast+This.ballast
	End while

Function onOpen($ws : 4D.WebSocket; $event : Object)
	This.ws:=$ws
	$ws.send(Substring(This.ballast; 1; 64))

Function onMessage($ws : 4D.WebSocket; $event : Object)
	$ws.terminate()

Function onError($ws : 4D.WebSocket; $event : Object)
	ALERT("client error: "+$event.errors[0].message)

Function onTerminate($ws : 4D.WebSocket; $event : Object)
	This.ws:=$ws
	This.driver.finished()
