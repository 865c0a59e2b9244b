var $i : Integer
$i:=0
While ($i<3)
	ALERT("i="+String($i))
	$i:=$i+1
End while
While (False)
	ALERT("never")
End while
ALERT("end "+String($i))
