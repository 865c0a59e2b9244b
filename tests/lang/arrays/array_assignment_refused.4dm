// developer.4d.com/docs/Concepts/arrays#assigning-an-array-to-another-array: "Unlike text or string variables,
// you cannot assign one array to another. To copy (assign) an array to another one, use COPY ARRAY."
ARRAY TEXT($a; 2)
$a{1}:="one"
ARRAY TEXT($b; 0)
Try
	$b:=$a
Catch
	ALERT("array to array: "+String(Last errors[0].errCode))
End try
ALERT(String(Size of array($b)))
Try
	$c:=$a
Catch
	ALERT("array to a variable: "+String(Last errors[0].errCode))
End try
// Through a pointer to an array, the same rule: the pointer stands for the array (Concepts/dt_pointer).
$p:=->$b
Try
	$p->:=$a
Catch
	ALERT("through a pointer: "+String(Last errors[0].errCode))
End try
Try
	$p->+=$a
Catch
	ALERT("added through a pointer: "+String(Last errors[0].errCode))
End try
ALERT(String(Size of array($b)))
COPY ARRAY($a; $b)
$b{1}:="copy"
ALERT($a{1}+" "+$b{1})
$b:=$a
