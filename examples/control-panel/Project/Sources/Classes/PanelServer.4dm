// The WebSocket server's handler. It holds the panel's controls, one collection that every connection reads and
// changes (all of them run in the server's worker), and logs each connection in the project's Logs folder.
property controls : Collection

Class constructor()
	This.controls:=[\
		{name: "Ceiling light"; kind: "light"; room: "Kitchen"; on: False}; \
		{name: "Coffee machine"; kind: "plug"; room: "Kitchen"; on: False}; \
		{name: "Desk lamp"; kind: "light"; room: "Office"; on: False}; \
		{name: "Garden lights"; kind: "light"; room: "Garden"; on: False}; \
		{name: "Heater"; kind: "plug"; room: "Office"; on: False}; \
		{name: "Porch light"; kind: "light"; room: "Garden"; on: False}; \
		{name: "Sprinkler"; kind: "valve"; room: "Garden"; on: False}]

Function onConnection($wss : 4D.WebSocketServer; $event : Object) : Object
	This.logConnection($event.request)
	return cs.PanelConnection.new(This)

Function logConnection($request : Object)
	var $file : 4D.File
	var $handle : 4D.FileHandle
	$file:=Folder(fk logs folder).file("connections.log")
	$handle:=$file.open("append")
	$handle.writeLine(String(Current date; ISO date; Current time)+" "+$request.remoteAddress+" "+$request.url)
