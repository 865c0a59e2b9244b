var $c : Collection
$c:=New collection
ALERT(String($c.length))
$c.push(1)
$c.push(2; 3)
ALERT(JSON Stringify($c))
ALERT(String($c.length))
var $same : Collection
$same:=$c.push("x")
ALERT(String($same=$c))
ALERT(String($c.length))
