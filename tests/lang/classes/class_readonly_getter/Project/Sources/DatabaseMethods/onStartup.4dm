var $b : cs.Box
$b:=cs.Box.new()
ALERT(String($b.size))
Try
	$b.size:=10
	ALERT("assigned")
Catch
	ALERT("cannot assign")
End try
ALERT(String($b.size))
