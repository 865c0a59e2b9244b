var $c; $r : Collection
$c:=New collection(1; 2; 3; 4)
$r:=$c.filter(Formula($1.result:=($1.value%2)=0))
ALERT(JSON Stringify($r))
