ALERT("printed before the error")
var $r : Variant
$r:=JSON Parse("{oops")
ALERT("never")
