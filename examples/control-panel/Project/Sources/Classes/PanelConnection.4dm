// One page's connection. The page asks for the controls of a room (or of every room), toggles one, or turns off
// every control of a kind; each answer comes from a query() on the server's controls, and what changed goes to
// every page.
property panel : cs.PanelServer

Class constructor($panel : cs.PanelServer)
	This.panel:=$panel

Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	$ws.send({type: "controls"; room: ""; controls: This.controlsIn("")})

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	var $request : Object
	var $found : Collection
	var $control : Object
	$request:=$event.data
	Case of
		: ($request.action="list")
			$ws.send({type: "controls"; room: String($request.room); controls: This.controlsIn(String($request.room))})
		: ($request.action="toggle")
			$found:=This.panel.controls.query("name = :1"; String($request.name))
			If ($found.length=1)
				$found[0].on:=Not($found[0].on)
				This.broadcast($ws; {type: "changed"; controls: $found})
			Else
				$ws.send({type: "error"; message: "No control is named \""+String($request.name)+"\""})
			End if
		: ($request.action="allOff")
			$found:=This.panel.controls.query("kind = :kind and on = :on order by name"; {parameters: {kind: String($request.kind); on: True}})
			For each ($control; $found)
				$control.on:=False
			End for each
			This.broadcast($ws; {type: "changed"; controls: $found})
		Else
			$ws.send({type: "error"; message: "Unknown action \""+String($request.action)+"\""})
	End case

// The controls of `room` by name, or of every room (`room` empty) by room and name.
Function controlsIn($room : Text) : Collection
	If ($room="")
		return This.panel.controls.orderBy("room asc, name asc")
	End if
	return This.panel.controls.query("room = :1 order by name"; $room)

Function broadcast($ws : 4D.WebSocketConnection; $message : Object)
	var $client : 4D.WebSocketConnection
	For each ($client; $ws.wss.connections)
		$client.send($message)
	End for each
