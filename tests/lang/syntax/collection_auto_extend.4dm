var $c : Collection
$c:=New collection(1)
$c[3]:=4
ALERT(String($c.length))
ALERT(JSON Stringify($c))
