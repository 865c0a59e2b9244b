Class constructor
	This.trail:="A"

Function who() : Text
	return "A"
