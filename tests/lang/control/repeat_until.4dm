var $i : Integer
$i:=0
Repeat
	$i:=$i+1
	ALERT(String($i))
Until ($i>=3)
Repeat
	ALERT("at least once")
Until (True)
