ALERT(String(True))
ALERT(String(False))
ALERT(String("already text"))
var $i : Integer
$i:=-7
ALERT(String($i))
