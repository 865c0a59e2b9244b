var $c : Collection
$c:=New collection(3; 1; 2; 10)
$c.sort(Formula($1.value>$1.value2))
ALERT(JSON Stringify($c))
$c:=New collection("ccc"; "a"; "bb")
$c.sort(Formula(Length($1.value)<Length($1.value2)))
ALERT(JSON Stringify($c))
