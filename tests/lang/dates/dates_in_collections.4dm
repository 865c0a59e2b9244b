// Dates in collections: sort() puts them last, in chronological order, after null, booleans, strings, numbers
// (times among them, as seconds), objects and collections (docs/Concepts/ordering.md, "Sorting rules"); min(),
// max() and indexOf() compare dates by day.
var $c : Collection
$c:=New collection(!2000-01-01!; 3; !1990-01-01!; "a"; ?00:00:02?)
ALERT(JSON Stringify($c.sort()))
$c:=New collection(!2024-05-01!; !2023-01-15!; !2024-01-01!)
ALERT(String($c.min()))
ALERT(String($c.max()))
ALERT(String($c.indexOf(!2024-01-01!)))
