var $c : Collection
$c:=New collection("a"; "b"; "c")
ALERT($c.pop())
ALERT(JSON Stringify($c))
ALERT($c.shift())
ALERT(JSON Stringify($c))
var $empty : Collection
$empty:=New collection
ALERT(String(Value type($empty.pop())=Is undefined))
ALERT(String(Value type($empty.shift())=Is undefined))
