var $m : cs.MathUtil
$m:=cs.MathUtil.new()
ALERT(String($m.sum(New collection(1; 2; 3.5))))
ALERT(String($m.clamp(15; 0; 10)))
ALERT(String($m.clamp(-1; 0; 10)))
ALERT(String($m.clamp(4; 0; 10)))
