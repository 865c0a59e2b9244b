// The order by clause of a query string (developer.4d.com/docs/API/DataClassClass#querystring-parameter:
// "order by attributePath1 desc, attributePath2 asc"; ascending by default).
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 40; "city"; New object("name"; "Paris")))
$c.push(New object("name"; "adams"; "age"; 30; "city"; New object("name"; "Lyon")))
$c.push(New object("name"; "Brown"; "age"; 40; "city"; New object("name"; "Nice")))
$c.push(New object("name"; "Jones"; "age"; 20; "city"; New object("name"; "Metz")))
ALERT($c.query("age > 25 order by name").extract("name").join(","))
ALERT($c.query("age > 25 order by name desc").extract("name").join(","))
ALERT($c.query("age > 0 order by age desc, name asc").extract("name").join(","))
ALERT($c.query("age > 0 ORDER BY city.name").extract("name").join(","))
ALERT($c.query("name = :1 order by age"; "@s@").extract("name").join(","))
