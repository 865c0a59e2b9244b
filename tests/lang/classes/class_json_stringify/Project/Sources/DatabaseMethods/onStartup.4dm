var $p : cs.Point
$p:=cs.Point.new(1; -2)
ALERT(JSON Stringify($p))
ALERT(String($p.norm1()))
ALERT(JSON Stringify(OB Keys($p)))
