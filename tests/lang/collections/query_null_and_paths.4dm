// null in queries and attribute paths (developer.4d.com/docs/API/DataClassClass#looking-for-null-values: "the
// null keyword will find null and undefined properties"; #not-equal-to-null-or-undefined-values: # does not return
// attributes whose value is null or undefined; attributePath "can be [...] any valid attribute path (for example
// country.name)").
var $c : Collection
$c:=New collection
$c.push(New object("name"; "A"; "info"; New object("married"; True; "address"; New object("city"; "Paris"))))
$c.push(New object("name"; "B"; "info"; New object("married"; False; "address"; New object("city"; "Lyon"))))
$c.push(New object("name"; "C"; "info"; New object("married"; Null)))
$c.push(New object("name"; "D"))
ALERT($c.query("info.married#true").extract("name").join(","))
ALERT($c.query("info.married#true | info.married=null").extract("name").join(","))
ALERT($c.query("info.married = null").extract("name").join(","))
ALERT($c.query("info.married # null").extract("name").join(","))
ALERT($c.query("info.married = false").extract("name").join(","))
ALERT($c.query("info.address.city = 'paris'").extract("name").join(","))
ALERT($c.query("info.address.city = :1"; "L@").extract("name").join(","))
ALERT($c.query("info.address = null").extract("name").join(","))
// Elements that are not objects are never found.
$c.push(42; "A"; Null)
ALERT(String($c.query("name = null").length))
