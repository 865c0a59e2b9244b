Class constructor
	This.a:=1

Function oops()
	This.b:=(2+
