var $c; $r : Collection
$c:=New collection(1; -5; 3; -1; 10)
$r:=$c.filter(Formula($1.value>0))
ALERT(JSON Stringify($r))
$r:=$c.filter(Formula($1.value>$2); 2)
ALERT(JSON Stringify($r))
$r:=New collection("a"; 1; "b"; True).filter(Formula(Value type($1.value)=Is text))
ALERT(JSON Stringify($r))
ALERT(JSON Stringify($c))
