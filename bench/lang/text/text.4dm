// Text building: appending to a growing text must stay linear.
#DECLARE($count : Integer)
var $t : Text
var $i : Integer
If ($count=0)
	$count:=10000000
End if
For ($i; 1; $count)
	$t:=$t+"abc"
End for
ALERT(String(Length($t)))
