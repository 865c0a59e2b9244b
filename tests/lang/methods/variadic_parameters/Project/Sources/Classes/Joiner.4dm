Function join($separator : Text; ... : Text) : Text
	var $i : Integer
	var $out : Text
	For ($i; 2; Count parameters)
		$out+=($i>2 ? $separator : "")+${$i}
	End for
	return $out
