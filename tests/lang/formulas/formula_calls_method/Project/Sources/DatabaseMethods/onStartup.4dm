var $f : 4D.Function
$f:=Formula(triple($1))
ALERT(String($f.call(Null; 5)))
$f:=Formula(triple)
ALERT(String($f.call(Null; 7)))
$f:=Formula from string("triple(2)")
ALERT(String($f.call()))
