var $i : Integer
For ($i; 1; 10)
	ALERT(String($i))
	If ($i=2)
		return
	End if
End for
ALERT("never")
