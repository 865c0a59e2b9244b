var $c : Collection
$c:=New collection("a"; "b"; "c"; "d"; "e")
$c.remove(1)
ALERT(JSON Stringify($c))
$c.remove(1; 2)
ALERT(JSON Stringify($c))
$c.remove(0; 10)
ALERT(JSON Stringify($c))
