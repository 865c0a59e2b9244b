var $i : Integer
var $out : Text
For ($i; 1; 6)
	If ($i%2=0)
		continue
	End if
	$out:=$out+String($i)
End for
ALERT($out)
$out:=""
var $v : Real
For each ($v; New collection(1; 2; 3; 4))
	If ($v=2)
		continue
	End if
	$out:=$out+String($v)
End for each
ALERT($out)
$i:=0
$out:=""
Repeat
	$i:=$i+1
	If ($i=2)
		continue
	End if
	$out:=$out+String($i)
Until ($i>=4)
ALERT($out)
