var $o : Object
var $c : Collection
$o:=New object("value"; "original")
$c:=New collection("main item")
CALL WORKER("copier"; "modifyCopy"; $o; $c)
waitForFlag("done")
ALERT("main: "+$o.value+", "+String($c.length))
