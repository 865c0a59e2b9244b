var $c : Collection
$c:=New collection
ALERT(String($c.length))
$c:=New collection(1; "a"; True; Null; New object("k"; 1))
ALERT(JSON Stringify($c))
ALERT(String($c.length))
