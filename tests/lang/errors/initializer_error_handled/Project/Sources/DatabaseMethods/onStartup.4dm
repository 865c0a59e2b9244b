// An error in a declaration's initializer reaches Try/Catch, the error stack and ON ERR CALL like any other 4D
// error (https://developer.4d.com/docs/Concepts/error-handling); reading an undefined variable in arithmetic is
// one (https://developer.4d.com/docs/Concepts/null-undefined). The startup method then ends normally: exit 0.
Try
	var gA : Integer := gC+1
	ALERT("never")
Catch
	ALERT("caught: "+String(Last errors.length>0))
End try
var gB : Integer := Try(gD+1)
ALERT("Try(): "+String(Last errors.length>0))
ON ERR CALL("onError")
var <>gE : Text := gF+"x"
var $local : Object := gG+gH
ON ERR CALL("")
ALERT("end")
