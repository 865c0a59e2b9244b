var $o : Object
$o:=New object("list"; New collection(New object("id"; 1); New object("id"; 2)); "meta"; New object("ok"; True))
ALERT(JSON Stringify($o))
