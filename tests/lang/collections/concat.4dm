var $c; $r : Collection
$c:=New collection(1; 2)
$r:=$c.concat(New collection(3; 4); 5)
ALERT(JSON Stringify($r))
ALERT(JSON Stringify($c))
$r:=$c.concat("x"; New object("k"; 1))
ALERT(JSON Stringify($r))
