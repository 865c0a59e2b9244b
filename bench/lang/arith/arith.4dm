// Arithmetic loop. 4D evaluates strictly left to right, hence the parentheses.
var $i; $sum : Integer
$sum:=0
For ($i; 1; 20000000)
	$sum:=($sum+(($i%7)*3)) % 1000003
End for
ALERT(String($sum))
