var $i : Integer
For ($i; 1; 10)
	If ($i=3)
		break
	End if
	ALERT("for "+String($i))
End for
$i:=0
While (True)
	$i:=$i+1
	If ($i>2)
		break
	End if
	ALERT("while "+String($i))
End while
var $v : Text
For each ($v; New collection("x"; "stop"; "y"))
	If ($v="stop")
		break
	End if
	ALERT("each "+$v)
End for each
