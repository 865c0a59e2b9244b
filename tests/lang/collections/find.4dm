var $c : Collection
$c:=New collection(New object("name"; "Smith"; "age"; 10); New object("name"; "Wesson"; "age"; 20))
var $found : Object
$found:=$c.find(Formula($1.value.age>15))
ALERT($found.name)
ALERT(String(Value type($c.find(Formula($1.value.age>99)))=Is undefined))
ALERT(String(New collection(1; 5; 9).find(Formula($1.value>4))))
ALERT(String(New collection(1; 5; 9).find(Formula($1.value>$2); 6)))
