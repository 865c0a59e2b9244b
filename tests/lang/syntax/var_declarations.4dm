var $a; $b : Integer
var $t : Text
var $r : Real
var $bool : Boolean
var $o : Object
var $c : Collection
ALERT(String($a+$b))
ALERT("["+$t+"]")
ALERT(String($r))
ALERT(String($bool))
ALERT(String($o=Null))
ALERT(String($c=Null))
$a:=2
$b:=3
ALERT(String($a*$b))
