ALERT(String(True))
ALERT(String(False))
ALERT(String(True=True))
var $o : Object
$o:=Null
ALERT(String($o=Null))
$o:=New object
ALERT(String($o=Null))
ALERT(String(Value type(Null)=Is null))
ALERT(String(Value type(True)=Is boolean))
