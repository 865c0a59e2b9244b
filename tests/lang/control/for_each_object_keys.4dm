var $o : Object
$o:=New object("first"; 1; "second"; 2; "third"; 3)
var $key : Text
For each ($key; $o)
	ALERT($key+"="+String($o[$key]))
End for each
