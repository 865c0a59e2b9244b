var $c : Collection
$c:=New collection(2; 4; 6)
ALERT(String($c.every(Formula($1.value%2=0))))
ALERT(String($c.every(Formula($1.value>2))))
ALERT(String($c.some(Formula($1.value>5))))
ALERT(String($c.some(Formula($1.value>6))))
ALERT(String(New collection.every(Formula($1.value>0))))
ALERT(String(New collection.some(Formula($1.value>0))))
