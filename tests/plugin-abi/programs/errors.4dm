// Errors raised by the plugin and by the host for the plugin reach Try/Catch and Last errors.
var $c : 4D.Counter
$c:=4D.Counter.new()
Try
	$c.value:=5
Catch
	ALERT(Last errors[0].message)
End try
ALERT(String($c.value))
Try
	$c.fail(123; "custom failure")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message+" "+Last errors[0].componentSignature)
End try
Try
	$c.step:=0
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
ALERT(String($c.step))
Try
	$c.step:="text"
Catch
	ALERT(Last errors[0].message)
End try
ALERT("still running")
