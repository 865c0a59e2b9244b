var $i; $n; $count : Integer
$n:=3
For ($i; 1; $n)
	$n:=10
	$count:=$count+1
End for
ALERT(String($count))
For ($i; 5; 5)
	ALERT("start equals end: once")
End for
$count:=0
For ($i; 1; 10)
	$count:=$count+1
	$i:=$i+1
End for
ALERT(String($count))
