ALERT(String("abc"="ABC"))
ALERT(String("Hello"#"HELLO"))
ALERT(String("a"<"B"))
ALERT(String("Zebra">"apple"))
var $c : Collection
$c:=New collection("One"; "two")
ALERT(String($c.indexOf("one")))
ALERT(String(Position("B"; "abc")))
