// a syntax error on line 3: the If has no condition
var $x : Integer
If
	$x:=1
End if
