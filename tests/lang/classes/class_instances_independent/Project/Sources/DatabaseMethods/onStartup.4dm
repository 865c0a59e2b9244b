var $a; $b : cs.Counter
$a:=cs.Counter.new()
$b:=cs.Counter.new()
$a.inc()
$a.inc()
$b.inc()
ALERT(String($a.n)+" "+String($b.n))
