var $m : Collection
$m:=New collection(New collection(1; 2); New collection(3; 4))
ALERT(String($m[1][0]))
$m[0].push(9)
ALERT(JSON Stringify($m))
ALERT(String($m.length))
