// developer.4d.com, Concepts, Operators: "Short-circuit operators" and "Truthy and falsy". Falsy: False, Null,
// undefined, "", empty collections and empty objects; every number, 0 included, is truthy.
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
$v:=0 || 5
ALERT(String($v))
$v:=New collection || "empty collection"
ALERT($v)
$v:=New object || "empty object"
ALERT($v)
$v:=New collection(0) || "never"
ALERT(JSON Stringify($v))
// Same precedence as & and |, left to right: a || b && c is (a || b) && c.
$v:=True || False && False
ALERT(String($v))
$v:="a" || "" && "c"
ALERT($v)
