var $f : 4D.Function
$f:=Formula(This.name)
ALERT($f.call(New object("name"; "first")))
ALERT($f.call(New object("name"; "second")))
