C_LONGINT($a; $b; $c)
$a:=1
$b:=2
$c:=$a+$b
ALERT(String($c))
C_TEXT:C284($s1; $s2)
$s1:="x"
$s2:=$s1+"y"
ALERT($s2)
C_VARIANT($v)
$v:="text now"
ALERT(String(Value type($v)=Is text))
$v:=New object
ALERT(String(Value type($v)=Is object))
