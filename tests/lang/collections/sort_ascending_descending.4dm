// developer.4d.com/docs/API/CollectionClass#sort: .sort( ascOrDesc : Integer ), ck ascending (0, the default)
// or ck descending (1); it sorts the original collection and returns it.
var $c : Collection
$c:=New collection(3; 1; 2)
ALERT(JSON Stringify($c.sort(ck descending)))
ALERT(JSON Stringify($c))
ALERT(JSON Stringify($c.sort(ck ascending)))
ALERT(JSON Stringify(New collection("b"; "C"; "a").sort(ck descending)))
