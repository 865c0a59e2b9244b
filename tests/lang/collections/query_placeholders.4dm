// Placeholders (developer.4d.com/docs/API/DataClassClass#using-placeholders): indexed :1, :2... take the values
// passed after the query string; named :name take querySettings.parameters (values) and
// querySettings.attributes (attribute paths, as a text or a collection of property names); both kinds mix.
var $c; $r : Collection
var $settings : Object
$c:=New collection
$c.push(New object("name"; "Marie"; "number"; 46; "address"; New object("city"; "Paris"); \
	"softwares"; New object("Word 10.2"; "Installed"; "Excel 11.3"; "To be upgraded")))
$c.push(New object("name"; "Sophie"; "number"; 47; "address"; New object("city"; "Lyon"); \
	"softwares"; New object("Word 10.2"; "Not installed"; "Excel 11.3"; "To be upgraded")))

// Indexed placeholders for values and for attribute paths ($r:=class.query(":1=:2";"city";"Chicago")).
ALERT($c.query("name = :1 or number = :2"; "Sophie"; 46).extract("name").join(","))
ALERT($c.query(":1 = :2"; "address.city"; "Lyon").extract("name").join(","))
// A value with characters of the query language is only a value.
ALERT(String($c.query("name = :1"; "Marie OR name='Sophie'").length))

// Named placeholders for values, a property path of parameters among them.
$settings:=New object
$settings.parameters:=New object("who"; "Marie"; "extraInfo"; New object("number"; 47))
ALERT($c.query("name = :who or number = :extraInfo.number"; $settings).extract("name").join(","))

// Named placeholders for attributes: a path, and a collection of names that dot notation cannot write.
$settings:=New object
$settings.attributes:=New object("attName"; "name"; "attWord"; New collection("softwares"; "Word 10.2"))
$r:=$c.query(":attName = 'Marie' and :attWord = 'Installed'"; $settings)  // Employee Marie
ALERT(String($r.length)+" "+$r[0].name)

// Indexed and named placeholders together, the settings after the values.
$settings:=New object("parameters"; New object("city"; "Lyon"))
ALERT($c.query("address.city = :city and :1 = :2"; "number"; 47; $settings).extract("name").join(","))
