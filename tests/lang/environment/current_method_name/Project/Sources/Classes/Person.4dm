property name : Text
property where : Text

Class constructor($name : Text)
	This.name:=$name
	This.where:=Current method name

Function describe() : Text
	return Current method name
