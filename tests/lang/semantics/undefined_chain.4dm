var $o : Object
$o:=New object
ALERT(String(Value type($o.a.b)=Is undefined))
ALERT(String(Value type($o.a.b.c)=Is undefined))
ALERT(String($o.list=Null))
