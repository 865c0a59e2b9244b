var $x : Integer
$x:=1
setLocal
ALERT(String($x))
