// A command the host lacks, in a project saved in French, fails with an error naming it as written, with its
// number and the English name the 4D 20 command list gives that number (developer.4d.com, 4D 20,
// Concepts/commands: SEND PACKET is command 103).
var $message : Text
Try
	ENVOYER PAQUET:C103("x")
Catch
	$message:=Last errors:C1799[0].message
End try
ALERT($message)
