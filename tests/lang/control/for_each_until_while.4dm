var $colNum : Collection
$colNum:=New collection(1; 2; 3; 4; 5; 6; 7; 8; 9; 10)
var $num; $total : Real
$total:=0
For each ($num; $colNum) While ($total<30)
	$total:=$total+$num
End for each
ALERT(String($total))
$total:=1000
For each ($num; $colNum) Until ($total>30)
	$total:=$total+$num
End for each
ALERT(String($total))
var $count : Integer
For each ($num; $colNum) While (False)
	$count:=$count+1
End for each
ALERT(String($count))
