var $x : Integer
$x:=10
Case of
	: ($x>5)
		ALERT("first")
	: ($x>1)
		ALERT("second")
	Else
		ALERT("else")
End case
