Class constructor($x : Real; $y : Real)
	This.x:=$x
	This.y:=$y

Function sum() : Real
	return This.x+This.y
