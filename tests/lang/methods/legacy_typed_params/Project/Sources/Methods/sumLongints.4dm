C_REAL($0)
C_LONGINT(${1})
C_LONGINT($i)
$0:=0
For ($i; 1; Count parameters)
	$0:=$0+${$i}
End for
