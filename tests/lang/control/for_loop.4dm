var $i; $sum : Integer
For ($i; 1; 5)
	$sum:=$sum+$i
End for
ALERT(String($sum))
For ($i; 1; 3)
	ALERT(String($i))
End for
For ($i; 5; 1)
	ALERT("never")
End for
