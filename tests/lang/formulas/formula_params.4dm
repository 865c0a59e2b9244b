var $f : 4D.Function
$f:=Formula($1+$2)
ALERT(String($f.call(Null; 2; 3)))
ALERT($f.call(Null; "a"; "b"))
$f:=Formula(Uppercase($1))
ALERT($f.call(Null; "up"))
