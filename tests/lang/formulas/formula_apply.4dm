var $f : 4D.Function
$f:=Formula($1*$2)
ALERT(String($f.apply(Null; New collection(6; 7))))
ALERT(String($f.apply(Null; [2; 5])))
$f:=Formula(This.base+$1)
ALERT(String($f.apply(New object("base"; 100); New collection(5))))
