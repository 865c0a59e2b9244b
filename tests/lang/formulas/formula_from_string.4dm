var $f : 4D.Function
$f:=Formula from string("1+2")
ALERT(String($f.call()))
$f:=Formula from string("$1*2")
ALERT(String($f.call(Null; 21)))
$f:=Formula from string("Uppercase(This.t)")
ALERT($f.call(New object("t"; "abc")))
