var $name : Text
$name:=Current process name
ALERT(String(Value type($name)=Is text))
ALERT(String(Length($name)>0))
