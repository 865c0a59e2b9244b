// One round per message {url; count}: a loop that creates and terminates `count` clients at once, and a chain of
// `count` clients opened one after the other, each kept by its handler. "done" once every client's onTerminate ran.
property connection : Object
property pending : Integer

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	var $round : Object
	var $i : Integer
	var $client : 4D.WebSocket
	$round:=JSON Parse($event.data)
	This.connection:=$ws
	This.pending:=$round.count+1
	For ($i; 1; $round.count)
		$client:=4D.WebSocket.new($round.url; cs.KeptClient.new(This; False))
		$client.terminate()
	End for
	4D.WebSocket.new($round.url; cs.ChainedClient.new(This; $round.url; $round.count))

Function finished()
	This.pending:=This.pending-1
	If (This.pending=0)
		This.connection.send("done")
	End if
