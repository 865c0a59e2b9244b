// Appending to a growing text must stay linear: time for 2N appends over time for N (≈ 2 when linear).
var $i; $start; $small; $large : Integer
var $t : Text
$start:=Milliseconds
For ($i; 1; 1000000)
	$t:=$t+"abc"
End for
$small:=Milliseconds-$start
$t:=""
$start:=Milliseconds
For ($i; 1; 2000000)
	$t:=$t+"abc"
End for
$large:=Milliseconds-$start
ALERT(String($large/$small))
