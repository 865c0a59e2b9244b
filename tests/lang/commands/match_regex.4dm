// Match regex (commands-legacy/match-regex.md): the two-argument form tests the whole text; the form with a
// start position searches from there, or with `*` only there, and gives the position and length found.
ALERT(String(Match regex(".*smith.*"; "John smith jr")))
ALERT(String(Match regex("smith"; "John smith jr")))
ALERT(String(Match regex("[0-9]+"; "2024")))
// Example 2: every tag of a text.
var $text : Text
var $start; $pos_found; $length_found : Integer
var $vfound : Boolean
$text:="<a><bb><ccc>"
$start:=1
Repeat
	$vfound:=Match regex("<[^>]*>"; $text; $start; $pos_found; $length_found)
	If ($vfound)
		ALERT(Substring($text; $pos_found; $length_found))
		$start:=$pos_found+$length_found
	End if
Until (Not($vfound))
// Example 4: `*` searches only at the start position.
ALERT(String(Match regex("a.b"; "---a-b---"; 1; $pos_found; $length_found)))
ALERT(String($pos_found)+" "+String($length_found))
ALERT(String(Match regex("a.b"; "---a-b---"; 1; $pos_found; $length_found; *)))
ALERT(String(Match regex("a.b"; "---a-b---"; 4; $pos_found; $length_found; *)))
ALERT(String($pos_found)+" "+String($length_found))
// Positions count characters (UTF-16 units), not bytes.
ALERT(String(Match regex("f."; "Bœuf fin"; 1; $pos_found; $length_found)))
ALERT(String($pos_found)+" "+String($length_found))
ALERT(String(Match regex("x"; "abc"; 1)))
// An invalid expression is an error that ON ERR CALL or Try catches.
Try
	ALERT(String(Match regex("(unclosed"; "text")))
Catch
	ALERT("error")
End try
