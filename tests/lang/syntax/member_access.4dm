var $o : Object
$o:=New object("a"; 1; "b"; New object("c"; "deep"))
ALERT(String($o.a))
ALERT($o.b.c)
ALERT(String($o["a"]))
ALERT($o["b"]["c"])
var $key : Text
$key:="b"
ALERT($o[$key].c)
$o.z:="new"
$o["y"]:="other"
ALERT(JSON Stringify($o))
