var $o : Object
$o:=New object("p"; 1; "n"; Null)
ALERT(String(OB Is defined($o; "p")))
ALERT(String(OB Is defined($o; "n")))
ALERT(String(OB Is defined($o; "q")))
ALERT(String(OB Is defined($o)))
var $none : Object
ALERT(String(OB Is defined($none)))
