var $c : Collection
$c:=New collection("a"; "b"; "c")
var $item : Text
For each ($item; $c)
	ALERT($item)
End for each
var $n; $sum : Real
For each ($n; New collection(1; 2; 3))
	$sum:=$sum+$n
End for each
ALERT(String($sum))
