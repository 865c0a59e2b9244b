var $i : Integer
$i:=10
$i+=5
ALERT(String($i))
$i-=3
ALERT(String($i))
$i*=2
ALERT(String($i))
var $r : Real
$r:=9
$r/=2
ALERT(String($r))
var $t : Text
$t:="ab"
$t+="cd"
ALERT($t)
