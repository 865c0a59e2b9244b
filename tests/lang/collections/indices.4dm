// developer.4d.com/docs/API/CollectionClass#indices: "works exactly the same as the .query() function but returns
// indexes, in the original collection, of object collection elements that match [...]. Indexes are returned in
// ascending order." The page's example first.
var $c; $icol : Collection
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
$icol:=$c.indices("name = :1"; "Cleveland")  // $icol=[0]
ALERT(JSON Stringify($icol))
$icol:=$c.indices("zc > 35040")  // $icol=[0,3,4]
ALERT(JSON Stringify($icol))
// The same query language: wildcards, named placeholders, logical operators.
ALERT(JSON Stringify($c.indices("name = 'Cl@' and zc < :max"; New object("parameters"; New object("max"; 35046)))))
ALERT(JSON Stringify($c.indices("name = Nowhere")))
// Ascending indexes even with an order by clause.
ALERT(JSON Stringify($c.indices("zc > 35040 order by zc")))
