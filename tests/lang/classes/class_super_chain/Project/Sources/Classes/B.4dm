Class extends A

Class constructor
	Super()
	This.trail:=This.trail+"B"

Function who() : Text
	return Super.who()+"B"
