var $i : Integer
var $out : Text
For ($i; 1; 10; 3)
	$out:=$out+String($i)+" "
End for
ALERT($out)
$out:=""
For ($i; 0; 10; 5)
	$out:=$out+String($i)+" "
End for
ALERT($out)
