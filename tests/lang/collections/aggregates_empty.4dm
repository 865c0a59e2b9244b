var $c : Collection
$c:=New collection
ALERT(String($c.sum()))
ALERT(String(Value type($c.average())=Is undefined))
ALERT(String(Value type($c.max())=Is undefined))
ALERT(String(Value type($c.min())=Is undefined))
