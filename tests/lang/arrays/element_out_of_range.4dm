// Reading or writing an element outside 0…size is an error (docs/Concepts/arrays.md numbers elements from
// 1 to N, with the element zero); the error stops the statement, Try catches it.
ARRAY LONGINT($a; 2)
Try
	$x:=$a{3}
Catch
	ALERT("read: caught")
End try
Try
	$a{-1}:=5
Catch
	ALERT("write: caught")
End try
$a{2}:=9
ALERT(String($a{2}))
