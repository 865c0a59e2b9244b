var $a : Integer
$a:=1 +* 2
