var $i : Integer
var $caught : Integer
For ($i; 1; 5)
	Try
		If ($i%2=0)
			throw($i; "even "+String($i))
		End if
	Catch
		$caught:=$caught+1
	End try
End for
ALERT(String($caught))
