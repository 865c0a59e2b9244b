var $o : Object
$o:=New object("t"; "x"; "n"; 1; "b"; False; "o"; New object; "c"; New collection; "z"; Null)
ALERT(String(Value type($o.t)))
ALERT(String(Value type($o.n)))
ALERT(String(Value type($o.b)))
ALERT(String(Value type($o.o)))
ALERT(String(Value type($o.c)))
ALERT(String(Value type($o.z)))
ALERT(String(Value type($o.missing)))
