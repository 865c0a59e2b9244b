var $o : Object
$o:=JSON Parse("{\"name\":\"Ann\",\"age\":30,\"tags\":[\"a\",\"b\"],\"ok\":true,\"none\":null}")
ALERT($o.name)
ALERT(String($o.age))
ALERT($o.tags[1])
ALERT(String($o.ok))
ALERT(String($o.none=Null))
ALERT(JSON Stringify($o))
