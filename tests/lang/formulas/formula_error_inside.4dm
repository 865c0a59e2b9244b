var $f : 4D.Function
$f:=Formula(JSON Parse($1))
Try
	$f.call(Null; "{broken")
	ALERT("not reached")
Catch
	ALERT("error from formula")
End try
ALERT(String($f.call(Null; "[1,2]").length))
