var $i; $r : Integer
var $inRange : Boolean
$inRange:=True
For ($i; 1; 200)
	$r:=Random
	If (($r<0) | ($r>32767))
		$inRange:=False
	End if
End for
ALERT(String($inRange))
ALERT(String(Value type(Random)=Is longint))
