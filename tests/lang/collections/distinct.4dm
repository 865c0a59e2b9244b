var $c : Collection
$c:=New collection(3; 1; 3; 2; 1)
ALERT(JSON Stringify($c.distinct()))
$c:=New collection("b"; "a"; "b"; "c")
ALERT(JSON Stringify($c.distinct()))
$c:=New collection(New object("t"; "x"); New object("t"; "y"); New object("t"; "x"))
ALERT(JSON Stringify($c.distinct("t")))
