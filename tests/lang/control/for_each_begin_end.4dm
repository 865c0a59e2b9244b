var $c : Collection
$c:=New collection("a"; "b"; "c"; "d"; "e")
var $s : Text
var $out : Text
For each ($s; $c; 1; 3)
	$out:=$out+$s
End for each
ALERT($out)
$out:=""
For each ($s; $c; 3)
	$out:=$out+$s
End for each
ALERT($out)
$out:=""
For each ($s; $c; 0; 100)
	$out:=$out+$s
End for each
ALERT($out)
