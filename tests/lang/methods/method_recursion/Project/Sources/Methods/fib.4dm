#DECLARE($n : Integer) : Integer
If ($n<2)
	return $n
End if
return fib($n-1)+fib($n-2)
