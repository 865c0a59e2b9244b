// developer.4d.com, Concepts, Operators: "Short-circuit operators" and "Truthy and falsy". Falsy: False, Null,
// undefined, "", empty collections and empty objects; every number, 0 included, is truthy.
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
$v:=0 && "zero is truthy"
ALERT($v)
$v:=New collection && "never"
ALERT(JSON Stringify($v))
$v:=New object("a"; 1) && "a full object is truthy"
ALERT($v)
