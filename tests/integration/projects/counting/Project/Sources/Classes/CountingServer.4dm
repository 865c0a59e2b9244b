// Counts the upgrades shown to onConnection, so that a test can tell each was asked once.
property upgrades : Integer

Class constructor
	This.upgrades:=0

Function onConnection($wss : Object; $event : Object) : Object
	This.upgrades+=1
	return cs.CountingConnection.new(This)
