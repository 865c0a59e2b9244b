var $i; $j : Integer
var $line : Text
For ($i; 1; 3)
	$line:=""
	For ($j; 1; $i)
		$line:=$line+"*"
	End for
	ALERT($line)
End for
