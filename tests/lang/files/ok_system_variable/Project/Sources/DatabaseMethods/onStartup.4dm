// The OK system variable: a Longint process variable, "set to 1 when an operation is successfully executed, and
// set to 0 when the operation fails" (developer.4d.com, Concepts, System variables), set by the commands whose
// page says so: DOCUMENT TO BLOB and BLOB TO DOCUMENT ("OK is set to 1 if the document is correctly loaded,
// otherwise OK is set to 0 and an error is generated"), DELETE DOCUMENT, Convert to text and CONVERT FROM TEXT
// ("If the command has been correctly executed, the OK variable is set to 1. Otherwise, it is set to 0"),
// EXECUTE METHOD, and CREATE FOLDER, DELETE FOLDER and MOVE DOCUMENT ("Modifies variables: OK, error").
// TEXT TO DOCUMENT "does not modify the OK variable".
var $dir : Text
var $blob; $back : Blob
ALERT("OK starts at "+String(OK)+", a Longint: "+String(Type(OK)=Is longint))
$dir:=Get 4D folder(Database folder)+"ok_variable_tmp/"
CREATE FOLDER($dir; *)
ALERT("CREATE FOLDER: "+String(OK))
CONVERT FROM TEXT("héllo"; "UTF-8"; $blob)
ALERT("CONVERT FROM TEXT: "+String(OK))
BLOB TO DOCUMENT($dir+"a.bin"; $blob)
ALERT("BLOB TO DOCUMENT: "+String(OK))
OK:=0
DOCUMENT TO BLOB($dir+"a.bin"; $back)
ALERT("DOCUMENT TO BLOB: "+String(OK)+", "+String(BLOB size($back))+" bytes: "+Convert to text($back; "UTF-8"))
ALERT("Convert to text: "+String(OK))
MOVE DOCUMENT($dir+"a.bin"; $dir+"b.bin")
ALERT("MOVE DOCUMENT: "+String(OK))
OK:=7
TEXT TO DOCUMENT($dir+"c.txt"; "text")
ALERT("TEXT TO DOCUMENT leaves "+String(OK))
EXECUTE METHOD("succeeds")
ALERT("EXECUTE METHOD: "+String(OK))
// A failure: the error is raised and OK is 0 once the Try has caught it.
Try
	DOCUMENT TO BLOB($dir+"missing.bin"; $back)
Catch
	ALERT("DOCUMENT TO BLOB of a missing file: "+String(OK)+", error "+String(Last errors[0].errCode))
End try
Try
	EXECUTE METHOD("noSuchMethod")
Catch
	ALERT("EXECUTE METHOD of no method: "+String(OK))
End try
Try
	CONVERT FROM TEXT("x"; "no such set"; $blob)
Catch
	ALERT("CONVERT FROM TEXT to an unknown set: "+String(OK))
End try
DELETE DOCUMENT($dir+"b.bin")
ALERT("DELETE DOCUMENT: "+String(OK))
Try
	DELETE DOCUMENT($dir+"b.bin")
Catch
	ALERT("DELETE DOCUMENT again: "+String(OK))
End try
DELETE FOLDER($dir; Delete with contents)
ALERT("DELETE FOLDER: "+String(OK))
