var $o : Object
ON ERR CALL("catcher")
$o:=JSON Parse("{bad json")
ALERT("continues")
ON ERR CALL("")
