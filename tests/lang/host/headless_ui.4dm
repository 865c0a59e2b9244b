// The headless rule (README, "The headless host"): the host is 4D Server with no open window. CALL FORM to a
// window that does not exist does nothing (commands-legacy/call-form.md), there is no current form window
// (commands-legacy/current-form-window.md), Form and FORM Event are Null outside a form (commands/form.md,
// commands/form-event.md); commands that need a screen raise an error naming the command.
CALL FORM(12; Formula(ALERT("never")); "param")
ALERT(String(Current form window))
ALERT(String(Form=Null))
ALERT(String(FORM Event=Null))
ALERT(String(Value type(Form)=Is null))
var $win : Integer
Try
	$win:=Open form window("Dialog")
Catch
	ALERT(String(Last errors[0].errCode<0)+" "+String(Position("Open form window"; Last errors[0].message)>0))
End try
Try
	DIALOG("Dialog"; New object)
Catch
	ALERT(String(Position("DIALOG"; Last errors[0].message)>0))
End try
Try
	OBJECT SET VALUE("field"; 1)
Catch
	ALERT(String(Position("OBJECT SET VALUE"; Last errors[0].message)>0))
End try
Try
	FORM LOAD("Printing")
Catch
	ALERT(String(Position("FORM LOAD"; Last errors[0].message)>0))
End try
ALERT("still running")
