var $o : Object
$o:=New object
ALERT(String(Value type("x")=Is text))
ALERT(String(Value type(1.5)=Is real))
ALERT(String(Value type(True)=Is boolean))
ALERT(String(Value type(New object)=Is object))
ALERT(String(Value type(New collection)=Is collection))
ALERT(String(Value type(Null)=Is null))
ALERT(String(Value type($o.missing)=Is undefined))
$o.n:=Null
ALERT(String(Value type($o.n)=Is null))
