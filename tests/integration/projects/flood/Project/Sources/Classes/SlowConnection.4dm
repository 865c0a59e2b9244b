// Slower than any client: it sleeps 2 ms per message (asleep rather than busy, so that on a machine with few
// cores the clients and the I/O threads are sure to outrun it). Each message starts with its sequence number
// (8 digits); "report" answers how many arrived, how many were out of order, and their total length.
Class constructor
	This.handled:=0
	This.outOfOrder:=0
	This.bytes:=0

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	If (Length($event.data)=6)
		If ($event.data="report")
			$ws.send("handled "+String(This.handled)+" outOfOrder "+String(This.outOfOrder)+" bytes "+String(This.bytes))
			return
		End if
	End if
	If (Num(Substring($event.data; 1; 8))#This.handled)
		This.outOfOrder:=This.outOfOrder+1
	End if
	This.handled:=This.handled+1
	This.bytes:=This.bytes+Length($event.data)
	DELAY PROCESS(Current process; 0.12)
