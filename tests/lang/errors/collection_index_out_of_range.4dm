var $c : Collection
var $v : Variant
$c:=New collection("only")
ALERT($c[0])
Try
	$v:=$c[5]
	ALERT("not reached")
Catch
	ALERT("index out of range")
End try
Try
	$v:=New collection[0]
	ALERT("not reached")
Catch
	ALERT("empty collection")
End try
