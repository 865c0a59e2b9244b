var $o : Object
ALERT("start")
$o:=New object
$o.noSuchFunction()
ALERT("never")
