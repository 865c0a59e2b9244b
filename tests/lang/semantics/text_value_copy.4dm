var $s; $t : Text
$s:="abc"
$t:=$s
$t:=$t+"d"
ALERT($s)
ALERT($t)
var $n; $m : Integer
$n:=1
$m:=$n
$m:=$m+1
ALERT(String($n)+" "+String($m))
