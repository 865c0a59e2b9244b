var $x : Integer
$x:=10
var $f : 4D.Function
$f:=Formula($x*2)
$x:=100
ALERT(String($f.call()))
var $name : Text
$name:="captured"
$f:=Formula("value: "+$name)
$name:="changed"
ALERT($f.call())
