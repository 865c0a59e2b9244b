var $o : Object
$o:=New object
$o.a:=Null
ALERT(String(OB Is defined($o; "a")))
ALERT(String(OB Is defined($o; "b")))
ALERT(String(Value type($o.a)=Is null))
ALERT(String(Value type($o.b)=Is undefined))
ALERT(String(Undefined($o.b)))
ALERT(String(Undefined($o.a)))
ALERT(String($o.a=Null))
