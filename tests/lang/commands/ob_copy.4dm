var $o; $copy : Object
$o:=New object("a"; 1; "inner"; New object("b"; 2); "list"; New collection(1; 2))
$copy:=OB Copy($o)
$copy.a:=10
$copy.inner.b:=20
$copy.list.push(3)
ALERT(JSON Stringify($o))
ALERT(JSON Stringify($copy))
ALERT(String($copy=$o))
