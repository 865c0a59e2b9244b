// Arithmetic on the properties of objects held in locals gives what the general path gives, whatever the
// property holds: numbers, texts (+ concatenates), or a shared object's property.
var $o; $s : Object
var $r : Real
$o:={a: 1; b: "x"}
$o.a:=$o.a+1
$o.a:=$o.a*$o.a
ALERT(String($o.a))
ALERT($o.b+$o.b)
$o.b:=2.5
ALERT(String($o.a*$o.b))
ALERT(String($o.a>$o.b))
$s:=New shared object("n"; 20)
$r:=$s.n/$o.a
ALERT(String($r))
