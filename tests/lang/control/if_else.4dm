var $n : Integer
$n:=5
If ($n>3)
	ALERT("greater")
End if
If ($n>10)
	ALERT("wrong")
Else
	ALERT("not greater than 10")
End if
If ($n=5)
	If ($n#4)
		ALERT("nested")
	End if
End if
