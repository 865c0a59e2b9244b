var $n : Integer
$n:=7
ALERT(($n>5) ? "big" : "small")
$n:=2
ALERT(($n>5) ? "big" : "small")
ALERT(String(True ? 1 : 2))
ALERT(String(False ? 1 : 2))
var $t : Text
$t:=($n=2) ? "two" : "other"
ALERT($t)
