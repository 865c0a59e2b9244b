var $f : 4D.Function
$f:=Formula(1+2)
ALERT(String($f.call()))
$f:=Formula("text "+"result")
ALERT($f.call())
ALERT(String(OB Instance of($f; 4D.Function)))
