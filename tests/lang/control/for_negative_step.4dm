var $i : Integer
var $out : Text
For ($i; 5; 1; -1)
	$out:=$out+String($i)
End for
ALERT($out)
$out:=""
For ($i; 10; 1; -4)
	$out:=$out+String($i)+","
End for
ALERT($out)
