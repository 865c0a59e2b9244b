var $so : Object
$so:=New shared object("n"; 0)
Use ($so)
	$so.n:=$so.n+1
	$so.text:="set"
End use
ALERT(String($so.n))
ALERT($so.text)
Try
	$so.n:=100
	ALERT("modified without Use")
Catch
	ALERT("error outside Use")
End try
ALERT(String($so.n))
