var $c : Collection
$c:=New collection
$c.push(New object("name"; "Cleveland"; "age"; 30))
$c.push(New object("name"; "Adams"; "age"; 40))
$c.push(New object("name"; "Buffalo"; "age"; 30))
ALERT($c.orderBy("name").map(Formula($1.value.name)).join(","))
ALERT($c.orderBy("name desc").map(Formula($1.value.name)).join(","))
ALERT($c.orderBy("age asc, name desc").map(Formula($1.value.name)).join(","))
ALERT($c.orderBy(New collection(New object("propertyPath"; "age"; "descending"; True))).first().name)
