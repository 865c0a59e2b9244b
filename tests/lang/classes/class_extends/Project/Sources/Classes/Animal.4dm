Class constructor($name : Text)
	This.name:=$name

Function speak() : Text
	return This.name+" makes a sound"

Function describe() : Text
	return "Animal "+This.name
