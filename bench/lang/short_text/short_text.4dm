// Text building at the size a handler builds a reply: 300,000 appends of a one-character String(), the whole
// process timed (start-up included), as issue 15 measures it against CPython.
var $t : Text
var $i : Integer
For ($i; 1; 300000)
	$t:=$t+String($i%10)
End for
ALERT(String(Length($t)))
