var $c : cs.C
$c:=cs.C.new()
ALERT($c.trail)
ALERT($c.who())
ALERT(String(OB Instance of($c; cs.A)))
