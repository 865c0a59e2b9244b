var $v : Variant
$v:="Hello" && "World"
ALERT($v)
$v:=False && 0
ALERT(String($v))
$v:=0 && False
ALERT(String($v))
$v:=5 && 10 && "last"
ALERT($v)
$v:="" && "never"
ALERT("["+$v+"]")
