ALERT(String(True && True))
ALERT(String(True && False))
ALERT(String(False || True))
ALERT(String(False || False))
var $o : Object
// the right side is not evaluated when the left decides
ALERT(String(($o#Null) && ($o.a=1)))
ALERT(String(($o=Null) || ($o.a=1)))
