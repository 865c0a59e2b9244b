var $s : Text
$s:="a"+\
"b"+\
"c"
ALERT($s)
var $n : Integer
$n:=1+\
2
ALERT(String($n))
ALERT(String(Length("ab"+\
"cd")))
