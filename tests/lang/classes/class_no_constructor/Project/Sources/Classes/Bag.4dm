Function add($key : Text; $value : Variant) : cs.Bag
	This[$key]:=$value
	return This

Function count() : Integer
	return OB Keys(This).length
