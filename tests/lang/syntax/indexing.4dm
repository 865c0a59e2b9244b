var $c : Collection
$c:=New collection("zero"; "one"; "two")
ALERT($c[0])
ALERT($c[2])
$c[1]:="ONE"
ALERT($c[1])
var $i : Integer
$i:=2
ALERT($c[$i-1])
var $o : Object
$o:=New object("list"; New collection(10; 20))
ALERT(String($o.list[1]))
$o.list[0]:=5
ALERT(JSON Stringify($o.list))
