var $o : Object
$o:=New object("a"; 1; "b"; "x")
var $entries : Collection
$entries:=OB Entries($o)
ALERT(String($entries.length))
ALERT($entries[0].key+"="+String($entries[0].value))
ALERT($entries[1].key+"="+$entries[1].value)
ALERT(JSON Stringify($entries))
