Class constructor($x : Real; $y : Real)
	This.x:=$x
	This.y:=$y

Function norm1() : Real
	return Abs(This.x)+Abs(This.y)
