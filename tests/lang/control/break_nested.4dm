var $i; $j : Integer
For ($i; 1; 2)
	For ($j; 1; 5)
		If ($j=2)
			break
		End if
		ALERT(String($i)+"-"+String($j))
	End for
End for
