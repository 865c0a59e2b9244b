// docs/Concepts/dt_blob.md: bytes of a scalar blob addressed with {i}, numbered from 0 to N-1; SET BLOB SIZE.
// docs/commands-legacy/set-blob-size.md (new bytes set to the filler), text-to-blob.md (sizes of "Café" in the
// UTF8 formats: C string 6, with length 9, without length 5; offset variable advanced; * appends),
// blob-to-text.md, longint-to-blob.md, blob-to-longint.md, integer-to-blob.md, blob-to-integer.md,
// real-to-blob.md, blob-to-real.md (byte orderings; the offset variable is advanced).
var $vBlob : Blob
SET BLOB SIZE($vBlob; 4; 255)
ALERT(String(BLOB size($vBlob))+" "+String($vBlob{0})+" "+String($vBlob{3}))
For ($vByte; 0; BLOB size($vBlob)-1)
	$vBlob{$vByte}:=$vByte*2
End for
ALERT(String($vBlob{1})+" "+String($vBlob{3}))
Try
	$x:=$vBlob{4}
Catch
	ALERT("byte 4: error")
End try
TEXT TO BLOB("Café"; $vBlob; UTF8 C string)
ALERT(String(BLOB size($vBlob))+" "+String($vBlob{3})+" "+String($vBlob{5}))
TEXT TO BLOB("Café"; $vBlob; UTF8 text with length)
ALERT(String(BLOB size($vBlob))+" "+String($vBlob{3}))
TEXT TO BLOB("Café"; $vBlob; UTF8 text without length)
ALERT(String(BLOB size($vBlob))+" "+BLOB to text($vBlob; UTF8 text without length))
SET BLOB SIZE($vBlob; 0)
$offset:=0
TEXT TO BLOB("ab"; $vBlob; UTF8 C string; $offset)
TEXT TO BLOB("cd"; $vBlob; UTF8 text with length; *)
ALERT(String($offset)+" "+String(BLOB size($vBlob)))
$offset:=0
$first:=BLOB to text($vBlob; UTF8 C string; $offset)
$second:=BLOB to text($vBlob; UTF8 text with length; $offset)
ALERT($first+" "+$second+" "+String($offset))
SET BLOB SIZE($vBlob; 0)
LONGINT TO BLOB(258; $vBlob; Macintosh byte ordering)
ALERT(String(BLOB size($vBlob))+" "+String($vBlob{0})+" "+String($vBlob{2})+" "+String($vBlob{3}))
LONGINT TO BLOB(258; $vBlob; PC byte ordering; *)
ALERT(String(BLOB size($vBlob))+" "+String($vBlob{4})+" "+String($vBlob{5}))
$offset:=4
ALERT(String(BLOB to longint($vBlob; PC byte ordering; $offset))+" "+String($offset)+" "+String(BLOB to longint($vBlob; Macintosh byte ordering)))
INTEGER TO BLOB(-2; $vBlob; PC byte ordering)
ALERT(String(BLOB size($vBlob))+" "+String(BLOB to integer($vBlob; PC byte ordering))+" "+String($vBlob{0}))
REAL TO BLOB(1.5; $vBlob; Native byte ordering)
ALERT(String(BLOB size($vBlob))+" "+String(BLOB to real($vBlob; Native byte ordering)))
