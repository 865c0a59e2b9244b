var $c : Collection
$c:=New collection(5; 2; 8; 1; 9)
ALERT(JSON Stringify($c.filter(Formula($1.value>2)).map(Formula($1.value*10)).orderBy()))
ALERT(String($c.slice(0; 3).sum()))
