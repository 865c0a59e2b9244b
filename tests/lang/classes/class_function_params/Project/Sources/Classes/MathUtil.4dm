Function sum($values : Collection) : Real
	var $total : Real
	var $v : Real
	For each ($v; $values)
		$total:=$total+$v
	End for each
	return $total

Function clamp($x : Real; $low : Real; $high : Real) : Real
	If ($x<$low)
		return $low
	End if
	If ($x>$high)
		return $high
	End if
	return $x
