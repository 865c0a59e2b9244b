var $v : Variant
$v:="Hello" || "World"
ALERT($v)
$v:=False || 0
ALERT(String($v))
$v:=0 || False
ALERT(String($v))
$v:=False || "hello" || 0
ALERT($v)
$v:="" || "fallback"
ALERT($v)
$v:=Null || "was null"
ALERT($v)
