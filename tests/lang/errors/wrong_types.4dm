var $v : Variant
Try
	$v:=New object+1
	ALERT("not reached")
Catch
	ALERT("object plus number")
End try
Try
	$v:="text"-1
	ALERT("not reached")
Catch
	ALERT("text minus number")
End try
Try
	$v:=New collection*2
	ALERT("not reached")
Catch
	ALERT("collection times number")
End try
ALERT("still running")
