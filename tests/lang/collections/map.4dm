var $c; $r : Collection
$c:=New collection(1; 2; 3)
$r:=$c.map(Formula($1.value*2))
ALERT(JSON Stringify($r))
$r:=$c.map(Formula($1.value+$2); 10)
ALERT(JSON Stringify($r))
$r:=New collection("a"; "b").map(Formula(Uppercase($1.value)))
ALERT(JSON Stringify($r))
ALERT(JSON Stringify($c))
