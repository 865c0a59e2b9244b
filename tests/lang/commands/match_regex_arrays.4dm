// Match regex with arrays (docs/commands-legacy/match-regex.md, example 3): "If you pass arrays, the command
// returns the position and length of the occurrence in the element zero of the arrays and the positions and
// lengths of the groups captured by the regular expression in the following elements."
ARRAY LONGINT($pos; 0)
ARRAY LONGINT($len; 0)
var $text : Text
$text:="my stuff here"
ALERT(String(Match regex("(.*)stuff(.*)"; $text; 1; $pos; $len)))
ALERT(String(Size of array($pos))+" "+String($pos{0})+" "+String($len{0}))
ALERT("["+Substring($text; $pos{1}; $len{1})+"] ["+Substring($text; $pos{2}; $len{2})+"]")
