var $c : Collection
$c:=New collection("a"; "b"; "c"; "d")
ALERT(JSON Stringify($c.slice(1)))
ALERT(JSON Stringify($c.slice(1; 3)))
ALERT(JSON Stringify($c.slice(-2)))
ALERT(JSON Stringify($c.slice(2; 2)))
ALERT(JSON Stringify($c))
