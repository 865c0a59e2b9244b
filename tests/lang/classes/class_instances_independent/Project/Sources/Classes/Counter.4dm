Class constructor
	This.n:=0

Function inc()
	This.n:=This.n+1
