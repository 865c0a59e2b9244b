var $t : Text
$t:="crlf"
If ($t="crlf")
	ALERT("lines end with CR LF")
End if
ALERT($t+\
"!")
