// EXECUTE METHOD by name, with parameters and a result, or `*` for none (commands-legacy/execute-method.md).
var $sum : Integer
EXECUTE METHOD("addTwo"; $sum; 3; 4)
ALERT(String($sum))
EXECUTE METHOD("ADDTWO"; $sum; 10; 5)
ALERT(String($sum))
EXECUTE METHOD("say"; *; "hello")
EXECUTE METHOD("sayNothing")
EXECUTE METHOD("say"; *)
Try
	EXECUTE METHOD("noSuchMethod"; *)
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
