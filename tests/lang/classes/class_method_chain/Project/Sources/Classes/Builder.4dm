Class constructor
	This.parts:=New collection

Function add($part : Text) : cs.Builder
	This.parts.push($part)
	return This

Function build() : Text
	return This.parts.join("-")
