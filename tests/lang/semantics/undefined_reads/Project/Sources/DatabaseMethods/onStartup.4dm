var $o : Object
var $val : Integer
$val:=10
$val:=$o.a
ALERT(String($val))
var $c : Collection
ALERT(String($c.length))
ALERT(String(Value type($o.a)=Is undefined))
ALERT(describe($o.a; $o.b))
