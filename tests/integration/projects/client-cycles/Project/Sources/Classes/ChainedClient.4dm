// A KeptClient whose onTerminate opens the next client of the chain, until `remaining` have run.
Class extends KeptClient

property url : Text
property remaining : Integer

Class constructor($driver : Object; $url : Text; $remaining : Integer)
	Super($driver; True)
	This.url:=$url
	This.remaining:=$remaining

Function onTerminate($ws : 4D.WebSocket; $event : Object)
	This.ws:=$ws
	If (This.remaining>1)
		4D.WebSocket.new(This.url; cs.ChainedClient.new(This.driver; This.url; This.remaining-1))
	Else
		This.driver.finished()
	End if
