var $c : Collection
$c:=New collection("one"; "two"; "three")
ALERT($c.first())
ALERT($c.last())
ALERT(String(Value type(New collection.first())=Is undefined))
ALERT(String(Value type(New collection.last())=Is undefined))
