// A connection handler that logs every callback with its client's tag (query parameter "tag") and counts the
// messages it received and the send() calls that returned without error.
// Text messages starting with "!" are commands; any other message is echoed (text as text, binary as binary).
//   !flood N SIZE   N sends of SIZE bytes, stops at the first refused send
//   !raise          raises an error in onMessage
//   !closed-send    terminate(), then send() without Try (raises)
//   !send-to-closed send() to the last connection that closed (kept in the process variable lastClosed)
//   !terminate      terminate()
//   !stop-server    the server's terminate()
//   !web-stop       WEB STOP SERVER
//   !quit           QUIT 4D
property tag : Text
property received : Integer
property sent : Integer

Class constructor($tag : Text)
	This.tag:=$tag
	This.received:=0
	This.sent:=0

Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	logLine("open tag="+This.tag+" id="+String($ws.id)+" path="+$ws.wss.path)

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	This.received:=This.received+1
	If (Value type($event.data)#Is text)
		This.send($ws; $event.data)
		return
	End if
	If (Substring($event.data; 1; 1)#"!")
		This.send($ws; $event.data)
		return
	End if
	var $words : Collection
	$words:=Split string($event.data; " ")
	logLine("command tag="+This.tag+" "+$event.data)
	Case of
		: ($words[0]="!flood")
			This.flood($ws; Num($words[1]); Num($words[2]))
		: ($words[0]="!raise")
			throw(902; "onMessage failed on purpose")
		: ($words[0]="!closed-send")
			$ws.terminate()
			$ws.send("after terminate")
		: ($words[0]="!send-to-closed")
			lastClosed.send("to a closed connection")
		: ($words[0]="!terminate")
			$ws.terminate()
		: ($words[0]="!stop-server")
			$ws.wss.terminate()
		: ($words[0]="!web-stop")
			WEB STOP SERVER
		: ($words[0]="!quit")
			QUIT 4D
	End case

Function onError($ws : 4D.WebSocketConnection; $event : Object)
	logLine("error tag="+This.tag+" status="+$ws.status+" errors="+JSON Stringify($event.errors))

Function onTerminate($ws : 4D.WebSocketConnection; $event : Object)
	lastClosed:=$ws
	logLine("terminate tag="+This.tag+" code="+String($event.code)+" received="+String(This.received)+" sent="+String(This.sent)+" reason="+$event.reason)

Function send($ws : 4D.WebSocketConnection; $data : Variant)
	$ws.send($data)
	This.sent:=This.sent+1

Function flood($ws : 4D.WebSocketConnection; $count : Integer; $size : Integer)
	var $chunk : Text
	var $i : Integer
	$chunk:="x"
	While (Length($chunk)<$size)
		$chunk:=$chunk+$chunk
	End while
	$chunk:=Substring($chunk; 1; $size)
	For ($i; 1; $count)
		Try
			This.send($ws; $chunk)
		Catch
			logLine("flood-refused tag="+This.tag+" after="+String(This.sent)+" error="+Last errors[0].message)
			return
		End try
	End for
	logLine("flood-done tag="+This.tag+" sent="+String(This.sent))
