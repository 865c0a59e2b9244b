var $i : Integer
var $t : Text
var $r : Real
var $b : Boolean
var $v : Variant
ALERT(String(Value type($i)=Is longint))
ALERT(String(Value type($t)=Is text))
ALERT(String(Value type($r)=Is real))
ALERT(String(Value type($b)=Is boolean))
ALERT(String(Value type($v)=Is undefined))
$v:=1.5
ALERT(String(Value type($v)=Is real))
$v:="now text"
ALERT(String(Value type($v)=Is text))
