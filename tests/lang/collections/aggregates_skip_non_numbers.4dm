var $c : Collection
$c:=New collection(1; "text"; 2; Null; 3)
ALERT(String($c.sum()))
ALERT(String($c.average()))
