// Found by the evaluator fuzzer: where the host needs an integer (a typed Integer, \ and %, a collection, text or
// parameter index, an error code, a For each bound, a command's integer parameter), a number beyond the integer
// range gave undefined behaviour in C++; UBSan stops `./build.sh test asan` on it. Each statement now completes,
// with or without a 4D error, and the method goes on; the values themselves are not checked here.
var $i : Integer
var $r : Real
var $t : Text
var $c : Collection
$c:=New collection(1; 2; 3)
Try
	For ($i; 1e308; 1)
	End for
	$i:=-1e308
	$i:=Num("1e999")
End try
ALERT("typed integers")
Try
	$r:=1e308\3
	$r:=1e308%7
	$r:=(-9223372036854775807-1)\-1
	$r:=(-9223372036854775807-1)%-1
End try
ALERT("integer division")
Try
	$r:=$c[1e300]
End try
Try
	$t:="abc"[[1e300]]
End try
Try
	$r:=${1e300}
End try
ALERT("indexes")
Try
	throw(1e308; "huge code")
End try
Try
	throw({errCode: -1e308; message: "huge code"})
End try
ALERT("error codes")
For each ($r; $c; 1e308)
	ALERT("never")
End for each
For each ($r; $c; -1e308; 1e308)
	ALERT(String($r))
End for each
Try
	$t:=Substring("abc"; 1e300; 1e300)
	$i:=JSON Parse("1e308"; Is longint)
	$t:=String(1e308; "&x")
End try
ALERT("commands")
