var $t : cs.Temperature
$t:=cs.Temperature.new(100)
ALERT(String($t.fahrenheit))
$t.fahrenheit:=32
ALERT(String($t.celsius))
ALERT($t.label)
$t.celsius:=10
ALERT(String($t.fahrenheit))
