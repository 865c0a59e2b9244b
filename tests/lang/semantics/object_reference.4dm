var $a; $b : Object
$a:=New object("x"; 1)
$b:=$a
$b.x:=2
ALERT(String($a.x))
var $c; $d : Collection
$c:=New collection(1)
$d:=$c
$d.push(2)
ALERT(String($c.length))
ALERT(String($a=$b))
ALERT(String(New object("x"; 2)=$a))
