var $t : Text
$t:="other"
Case of
	: ($t="a")
		ALERT("a")
	: ($t="b")
		ALERT("b")
	Else
		ALERT("else branch")
End case
Case of
	: (False)
		ALERT("never")
End case
ALERT("done")
