Class constructor
	This._size:=3

Function get size() : Integer
	return This._size
