var $o : Object
$o:=New object("n"; 1)
var $f : 4D.Function
$f:=Formula(This.n:=This.n+$1)
$f.call($o; 5)
ALERT(String($o.n))
$f.call($o; 4)
ALERT(String($o.n))
