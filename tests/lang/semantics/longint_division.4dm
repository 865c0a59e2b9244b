ALERT(String(7\2))
ALERT(String(10\3))
ALERT(String(9\3))
ALERT(String(1\2))
var $i : Integer
$i:=17
ALERT(String($i\5))
ALERT(String($i%5))
