var $col : Collection
$col:=New collection("a"; "b"; "c"; "d"; "e")
var $item; $out : Text
For each ($item; $col; -2; -1)
	$out:=$out+$item
End for each
ALERT($out)
$out:=""
For each ($item; $col; -4; -2)
	$out:=$out+$item
End for each
ALERT($out)
$out:=""
For each ($item; $col; -100)
	$out:=$out+$item
End for each
ALERT($out)
