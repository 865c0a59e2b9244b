var $c : Collection
$c:=New collection(3; 1; 2)
ALERT(JSON Stringify($c.orderBy()))
ALERT(JSON Stringify($c.orderBy(ck descending)))
ALERT(JSON Stringify($c))
