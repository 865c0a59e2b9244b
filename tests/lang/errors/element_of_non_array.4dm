// Found by the evaluator fuzzer: `{n}` on what is not an array or a BLOB read the value as an array before
// checking it (undefined behaviour that UBSan reports). It is a 4D error (docs/Concepts/arrays.md: elements are
// an array's; docs/Concepts/dt_blob.md: bytes are a BLOB's), caught here for each kind of value.
var $undefined
var $text : Text
var $object : Object
var $x
$text:="abc"
$object:=New object("a"; 1)
Try
	$x:=$undefined{3}
Catch
	ALERT("undefined: "+Last errors[0].message)
End try
Try
	$x:=$text{1}
Catch
	ALERT("text: "+Last errors[0].message)
End try
Try
	$x:=$object{1}
Catch
	ALERT("object: "+Last errors[0].message)
End try
