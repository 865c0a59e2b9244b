// A subclass without accessors of its own still has its superclass's computed properties.
var $g : cs.OvenGauge
$g:=cs.OvenGauge.new(100)
ALERT(String($g.fahrenheit))
ALERT(String($g.hot()))
$g.fahrenheit:=392
ALERT(String($g.celsius))
ALERT(String($g.hot()))
ALERT(String($g.fahrenheit*2))
