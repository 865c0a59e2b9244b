var $f : cs.Faulty
$f:=cs.Faulty.new()
Try
	$f.run()
Catch
	ALERT("caught: "+Last errors[0].message)
End try
