Function double($n : Integer) : Integer
	return twice($n)
