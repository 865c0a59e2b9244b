var $x : Object
$x:=New object
$x.nothing()
