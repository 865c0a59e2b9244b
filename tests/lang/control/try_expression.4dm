var $r : Variant
$r:=Try(2+3)
ALERT(String($r))
$r:=Try(JSON Parse("{not json"))
ALERT(String(Value type($r)=Is undefined))
ALERT(String(Last errors.length>0))
ALERT("still running")
