var $o : Object
var $c : Collection
var $t : Text
$o:=New object
$c:=New collection
$t:="original"
mutate($o; $c; $t)
ALERT(String($o.changed))
ALERT(JSON Stringify($c))
ALERT($t)
