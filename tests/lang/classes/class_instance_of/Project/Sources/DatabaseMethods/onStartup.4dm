var $c : cs.Circle
$c:=cs.Circle.new(2)
ALERT(String(OB Instance of($c; cs.Circle)))
ALERT(String(OB Instance of($c; cs.Shape)))
ALERT(String(OB Instance of($c; cs.Other)))
ALERT(String(OB Instance of(New object; cs.Shape)))
ALERT($c.kind)
ALERT(OB Class($c).name)
ALERT(String(Value type($c)=Is object))
