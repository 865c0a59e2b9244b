Class extends B

Class constructor
	Super()
	This.trail:=This.trail+"C"

Function who() : Text
	return Super.who()+"C"
