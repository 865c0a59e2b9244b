var $c : Collection
$c:=New collection(1; -5; -3; -1; 3; -4; -6; -2; 10)
ALERT(JSON Stringify($c.filter(Formula(isPositive))))
ALERT(JSON Stringify($c.filter("isPositive")))
