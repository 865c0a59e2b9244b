var $a; $b : Text
$a:=Generate UUID
$b:=Generate UUID
ALERT(String(Length($a)))
ALERT(String($a#$b))
var $i : Integer
var $hex : Boolean
$hex:=True
For ($i; 1; Length($a))
	If (Position(Substring($a; $i; 1); "0123456789ABCDEF")=0)
		$hex:=False
	End if
End for
ALERT(String($hex))
