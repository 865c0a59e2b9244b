Class constructor($celsius : Real)
	This.celsius:=$celsius

Function get fahrenheit() : Real
	return (This.celsius*9/5)+32

Function set fahrenheit($value : Real)
	This.celsius:=($value-32)*5/9
