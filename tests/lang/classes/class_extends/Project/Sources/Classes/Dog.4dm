Class extends Animal

Class constructor($name : Text; $breed : Text)
	Super($name)
	This.breed:=$breed

Function speak() : Text
	return This.name+" barks"

Function both() : Text
	return Super.speak()+" / "+This.speak()
