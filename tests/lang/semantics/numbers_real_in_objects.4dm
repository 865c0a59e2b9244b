var $i : Integer
$i:=3
var $o : Object
$o:=New object("n"; $i)
ALERT(String(Value type($o.n)=Is real))
var $c : Collection
$c:=New collection($i; 2)
ALERT(String(Value type($c[0])=Is real))
ALERT(String(Value type(JSON Parse("{\"a\":1}").a)=Is real))
$o.m:=7\2
ALERT(String(Value type($o.m)=Is real))
ALERT(String(Value type($i)=Is longint))
