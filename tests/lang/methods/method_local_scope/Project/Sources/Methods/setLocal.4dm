var $x : Integer
$x:=99
