ALERT(0 ? "t" : "f")
ALERT(1 ? "t" : "f")
ALERT("" ? "t" : "f")
ALERT("x" ? "t" : "f")
ALERT(Null ? "t" : "f")
ALERT(New object ? "t" : "f")
ALERT(New collection ? "t" : "f")
var $o : Object
ALERT($o.missing ? "t" : "f")
