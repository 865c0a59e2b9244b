C_TEXT($0)
C_TEXT($1)
C_TEXT(${2})
C_LONGINT($i)
$0:=$1
For ($i; 2; Count parameters)
	$0:=$0+"+"+${$i}
End for
