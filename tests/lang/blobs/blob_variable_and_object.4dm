// docs/Concepts/dt_blob.md: a Blob variable holds a scalar blob (Value type: Is BLOB), alterable, duplicated
// when assigned to another variable; stored in an object it becomes a 4D.Blob, and a 4D.Blob assigned to a Blob
// variable becomes a scalar blob again; a pointer passes a scalar blob by reference; a 4D.Blob is not alterable.
// docs/commands-legacy/value-type.md (Is BLOB 30, Is object 38).
var $myBlob : Blob
var $o : Object
ALERT(String(Value type($myBlob)=Is BLOB)+" "+String(BLOB size($myBlob)))
TEXT TO BLOB("hi"; $myBlob; UTF8 text without length)
$o:=New object("blob"; $myBlob)
ALERT(String(OB Instance of($o.blob; 4D.Blob))+" "+String(Value type($o.blob)=Is object))
$myBlob:=$o.blob
ALERT(String(Value type($myBlob)=Is BLOB)+" "+BLOB to text($myBlob; UTF8 text without length))
var $vBlobA; $vBlobB : Blob
SET BLOB SIZE($vBlobA; 10)
$vBlobB:=$vBlobA
SET BLOB SIZE($vBlobA; 20)
$vBlobA{0}:=1
ALERT(String(BLOB size($vBlobA))+" "+String(BLOB size($vBlobB))+" "+String($vBlobA{0})+" "+String($vBlobB{0}))
$p:=->$vBlobB
SET BLOB SIZE($p->; 3)
$p->{2}:=65
ALERT(String(BLOB size($vBlobB))+" "+String($vBlobB{2}))
$fourD:=4D.Blob.new($vBlobB)
ALERT(String(OB Instance of($fourD; 4D.Blob))+" "+String(OB Instance of($vBlobB; 4D.Blob)))
Try
	$fourD{0}:=1
Catch
	ALERT("4D.Blob: not alterable")
End try
