property value : Integer

Class constructor()
	This.value:=0

Function add($n : Integer)
	This.value:=This.value+$n
