var $c : Collection
$c:=New collection(3; 1; 2; 10)
$c.sort()
ALERT(JSON Stringify($c))
$c:=New collection("pear"; "apple"; "fig")
ALERT(JSON Stringify($c.sort()))
ALERT(JSON Stringify($c))
