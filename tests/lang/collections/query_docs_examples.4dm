// developer.4d.com/docs/API/CollectionClass#query: Example 1 and Example 2, with the results the page gives.
var $c; $c2; $c3; $col : Collection
var $aString : Text
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
$c2:=$c.query("name = :1"; "Cleveland")  // [{name:Cleveland,zc:35049}]
ALERT(JSON Stringify($c2))
$c3:=$c.query("zc > 35040")  // [{name:Cleveland,zc:35049},{name:Clanton,zc:35046},{name:Clanton,zc:35045}]
ALERT(JSON Stringify($c3))

// Example 2 (its dates are day-month-year; "today is 01/10/2018" is the 10th of January 2018, the only reading
// that gives the page's three names).
$c:=New collection
$c.push(New object("name"; "Smith"; "dateHired"; !2002-05-22!; "age"; 45))
$c.push(New object("name"; "Wesson"; "dateHired"; !2017-11-30!))
$c.push(New object("name"; "Winch"; "dateHired"; !2018-05-16!; "age"; 36))
$c.push(New object("name"; "Sterling"; "dateHired"; !1999-05-10!; "age"; Null))
$c.push(New object("name"; "Mark"; "dateHired"; !2002-01-01!))
$col:=$c.query("name = :1"; "@in@")  // [{name:Winch...},{name:Sterling...}]
ALERT($col.extract("name").join(","))
$aString:="W"
$col:=$c.query("name # :1"; $aString+"@")  // [{name:Smith...},{name:Sterling...},{name:Mark...}]
ALERT($col.extract("name").join(","))
$col:=$c.query("age=null")  // [{name:Wesson...},{name:Sterling...},{name:Mark...}]
ALERT($col.extract("name").join(","))
$col:=$c.query("dateHired < :1"; (!2018-01-10!-90))  // [{name:Smith...},{name:Sterling...},{name:Mark...}]
ALERT($col.extract("name").join(","))
// The original collection is unchanged.
ALERT(String($c.length))
