var $so; $copy : Object
$so:=New shared object("n"; 1)
$copy:=OB Copy($so)
$copy.n:=2
ALERT(String($copy.n))
ALERT(String($so.n))
