// Compound assignments on dates and times (docs/Concepts/operators.md, "Compound assignment operators": Date +=
// Number and Date -= Number give a date, Time += Time a time, Time += Number a number), on a variable and on an
// object property.
$d:=!2000-11-10!
$d+=10
ALERT(String($d))
$d1:=!2000-11-10!
$d1-=10
ALERT(String($d1))
$t1:=?01:00:00?
$t2:=?00:30:00?
$t1+=$t2
ALERT(String($t1))
$t1-=$t2
ALERT(String($t1))
$t1+=5
ALERT(String($t1))
ALERT(String(Value type($t1)=Is real))
var $o : Object
$o:=New object("due"; !2024-02-27!)
$o.due+=2
ALERT(String($o.due))
