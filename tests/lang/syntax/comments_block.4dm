/* a block comment
spanning lines
ALERT("never")
*/
ALERT("a")
ALERT(/* inside a call */ "b")
var $x : Integer
$x:=1 /* between */ +2
ALERT(String($x))
