property name : Text
property age : Integer

Class constructor($name : Text; $age : Integer)
	This.name:=$name
	This.age:=$age

Function greet() : Text
	return "Hello, "+This.name

Function isAdult() : Boolean
	return This.age>=18
