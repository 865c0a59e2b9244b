Class constructor($name : Text)
	This.name:=$name

Function greet($greeting : Text; $value : Real) : Text
	return $greeting+", "+This.name+" ("+String($value)+")"

Function explode($value : Real)
	throw(500; "exploded at "+String($value))
