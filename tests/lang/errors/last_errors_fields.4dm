var $e : Object
Try
	throw(5; "check fields")
Catch
	$e:=Last errors[0]
End try
ALERT(String(OB Is defined($e; "errCode")))
ALERT(String(OB Is defined($e; "message")))
ALERT(String(OB Is defined($e; "componentSignature")))
ALERT(String(Value type(Last errors)=Is collection))
