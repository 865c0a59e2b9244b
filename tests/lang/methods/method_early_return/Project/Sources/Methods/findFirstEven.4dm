#DECLARE($values : Collection) : Integer
var $v : Integer
For each ($v; $values)
	If ($v%2=0)
		return $v
	End if
End for each
return -1
