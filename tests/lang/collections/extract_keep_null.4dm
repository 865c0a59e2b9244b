// developer.4d.com/docs/API/CollectionClass#extract: "By default, elements for which propertyPath is null or
// undefined are ignored in the resulting collection. You can pass the ck keep null constant in the option
// parameter to include these values as null elements in the returned collection." (Example 1)
var $c; $c2 : Collection
$c:=New collection
$c.push(New object("name"; "Cleveland"))
$c.push(New object("zip"; 5321))
$c.push(New object("name"; "Blountsville"))
$c.push(42)
$c2:=$c.extract("name")
ALERT(JSON Stringify($c2))
$c2:=$c.extract("name"; ck keep null)
ALERT(JSON Stringify($c2))
