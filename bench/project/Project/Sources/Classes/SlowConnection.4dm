// Slower than its client: after each message it busy-waits until the next millisecond (Node's peer does the
// same). Each message starts with its sequence number (8 digits); "report" answers how many arrived and how many
// were out of order.
Class constructor
	This.handled:=0
	This.outOfOrder:=0

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	var $until : Integer
	If (Length($event.data)=6)
		If ($event.data="report")
			$ws.send("handled "+String(This.handled)+" outOfOrder "+String(This.outOfOrder))
			return
		End if
	End if
	If (Num(Substring($event.data; 1; 8))#This.handled)
		This.outOfOrder:=This.outOfOrder+1
	End if
	This.handled:=This.handled+1
	$until:=Milliseconds+1
	While (Milliseconds<$until)
	End while
