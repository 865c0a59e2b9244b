var $x : Integer
$x:=5
var $o : Object
$o:={sum: $x+1; text: "v"+String($x); list: [$x; $x*2]}
ALERT(JSON Stringify($o))
