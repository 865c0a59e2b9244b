var $o : Object
$o:=New object
ALERT(JSON Stringify($o))
$o:=New object("a"; 1; "b"; "two"; "c"; True)
ALERT(JSON Stringify($o))
$o:=New object("nested"; New object("x"; Null))
ALERT(JSON Stringify($o))
