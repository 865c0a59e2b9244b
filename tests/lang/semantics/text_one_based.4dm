var $t : Text
$t:="hello"
ALERT(Substring($t; 1; 1))
ALERT(String(Position("h"; $t)))
ALERT(String(Position("o"; $t)))
ALERT(String(Position("x"; $t)))
ALERT(Substring($t; Length($t); 1))
