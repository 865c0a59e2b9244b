// A collection must be instantiated before its elements are read or written (developer.4d.com, Concepts,
// Collection, "Instantiation": "otherwise trying to read or modify their elements will generate a ... error"),
// while the length of an undefined collection is 0 (same page, "Undefined"). Reading a property of a Null object
// by name stays undefined, with the dot as with brackets.
var $c : Collection
var $x : Variant
ALERT("length: "+String($c.length))
Try
	$x:=$c[3]
	ALERT("read: no error")
Catch
	ALERT("read: error")
End try
Try
	$x:=$c[0].name
	ALERT("read through: no error")
Catch
	ALERT("read through: error")
End try
Try
	$c[1]:=5
	ALERT("write: no error")
Catch
	ALERT("write: error")
End try
var $o : Object
ALERT("object by name: "+String(Value type($o["a"])=Is undefined)+" "+String(Value type($o.a)=Is undefined))
$c:=New collection
Try
	$x:=$c[3]
	ALERT("instantiated, beyond its end: no error")
Catch
	ALERT("instantiated, beyond its end: error")
End try
