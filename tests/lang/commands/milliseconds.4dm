var $a; $b : Integer
$a:=Milliseconds
DELAY PROCESS(Current process; 6)
$b:=Milliseconds
ALERT(String(($b-$a)>=50))
ALERT(String(Value type(Milliseconds)=Is longint))
