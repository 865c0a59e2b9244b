// A connection driven by text commands from its client:
//   "close"  "close CODE"  "close CODE REASON"  → terminate() / terminate({code; message})
//   "late-send"                                 → terminate(), then a send() that must fail
//   "shutdown"                                  → terminate the whole server
//   "broadcast TEXT"                            → TEXT to every connection, the sender included
//   "count"                                     → "count N", N the server's live connections
//   anything else                               → echoed back
Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	logLine("open id="+String($ws.id)+" status="+$ws.status+" connections="+String($ws.wss.connections.length))
	$ws.send("id "+String($ws.id))

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	var $command; $argument : Text
	var $space : Integer
	$space:=Position(" "; $event.data)
	If ($space>0)
		$command:=Substring($event.data; 1; $space-1)
		$argument:=Substring($event.data; $space+1)
	Else
		$command:=$event.data
		$argument:=""
	End if
	Case of
		: ($command="close")
			This.close($ws; $argument)
		: ($command="late-send")
			This.sendAfterTerminate($ws)
		: ($command="shutdown")
			$ws.wss.terminate()
		: ($command="broadcast")
			This.broadcast($ws; $argument)
		: ($command="count")
			$ws.send("count "+String($ws.wss.connections.length))
		Else
			$ws.send($event.data)
	End case

Function onError($ws : 4D.WebSocketConnection; $event : Object)
	logLine("error id="+String($ws.id)+" "+JSON Stringify($event.errors))

Function onTerminate($ws : 4D.WebSocketConnection; $event : Object)
	logLine("terminate id="+String($ws.id)+" code="+String($event.code)+" reason="+$event.reason+" status="+$ws.status)

Function close($ws : 4D.WebSocketConnection; $argument : Text)
	var $space : Integer
	$space:=Position(" "; $argument)
	Case of
		: ($argument="")
			$ws.terminate()
		: ($space>0)
			$ws.terminate({code: Num(Substring($argument; 1; $space-1)); message: Substring($argument; $space+1)})
		Else
			$ws.terminate({code: Num($argument)})
	End case
	logLine("closing id="+String($ws.id)+" status="+$ws.status)

Function sendAfterTerminate($ws : 4D.WebSocketConnection)
	$ws.terminate()
	Try
		$ws.send("too late")
		logLine("late send accepted id="+String($ws.id))
	Catch
		logLine("late send refused id="+String($ws.id))
	End try

Function broadcast($ws : 4D.WebSocketConnection; $message : Text)
	var $client : 4D.WebSocketConnection
	For each ($client; $ws.wss.connections)
		$client.send($message)
	End for each
