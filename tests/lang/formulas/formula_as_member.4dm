var $o : Object
$o:=New object("a"; 5; "double"; Formula(This.a*2))
ALERT(String($o.double()))
$o.a:=21
ALERT(String($o.double()))
$o.add:=Formula(This.a+$1+$2)
ALERT(String($o.add(1; 2)))
$o.hello:=Formula("Hello "+$1)
ALERT($o.hello("you"))
