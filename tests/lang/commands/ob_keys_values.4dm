var $o : Object
$o:=New object("x"; 1; "y"; "two"; "z"; True)
ALERT(JSON Stringify(OB Keys($o)))
ALERT(JSON Stringify(OB Values($o)))
ALERT(String(OB Keys(New object).length))
