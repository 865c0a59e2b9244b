// Sends a price when the connection opens, and the next one half a second after the bridge says it relayed the
// last (the pause blocks only the ticker's worker).
property price : Real

Class constructor
	This.price:=100

Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	This.tick($ws)

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	DELAY PROCESS(Current process; 30)
	This.tick($ws)

Function tick($ws : 4D.WebSocketConnection)
	This.price:=Round(This.price+((Random%201)-100)/100; 2)
	$ws.send(New object("symbol"; "4D"; "price"; This.price))
