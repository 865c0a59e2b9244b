// Tokenized constants whose name begins with a keyword: `Use sheet window:K24:11` is the constant, not a Use
// statement (4d/4D-Labels and 4d/4D-Report build Select document's options so). commands-legacy/select-document:
// Package open 2, Use sheet window 16, File name entry 32.
var $options : Integer
$options:=Package open:K24:8+Use sheet window:K24:11
ALERT(String($options))
$options:=File name entry:K24:17+Use sheet window:K24:11
ALERT(String($options))
// Select document itself needs a screen: an error naming it, not a parse failure of the whole project.
Try
	$options:=Length(Select document:C905(""; "*"; "title"; Use sheet window:K24:11))
Catch
	ALERT(Last errors[0].message)
End try
// A tokenized name that starts with digits is a name too, here one the host lacks: the error names it.
Try
	$options:=64 bit version:K5:25
Catch
	ALERT(Last errors[0].message)
End try
