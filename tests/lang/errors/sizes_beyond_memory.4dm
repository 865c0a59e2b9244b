// Found by the evaluator fuzzer: a collection index, a resize or a text repeat count is any number 4D code
// computes, and the host tried to allocate what it asked for (terabytes: the allocation failed with a C++
// exception, reported as an internal error that Try could not catch). Beyond what one operation may allocate,
// 4D code now gets a 4D error, which Try catches like any other. (A parameter index allocates nothing:
// methods/generic_parameter_beyond_passed.)
var $c : Collection
var $t : Text
$c:=New collection
Try
	$c[1e12]:=1
Catch
	ALERT("index: "+String(Last errors.length>0))
End try
Try
	$c.resize(1e12)
Catch
	ALERT("resize: "+String(Last errors.length>0))
End try
Try
	$t:="ab"*1e12
Catch
	ALERT("repeat: "+String(Last errors.length>0))
End try
ALERT(String($c.length)+" "+String(Length($t)))
