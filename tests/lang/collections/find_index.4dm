var $c : Collection
$c:=New collection("a"; "bb"; "ccc")
ALERT(String($c.findIndex(Formula(Length($1.value)=2))))
ALERT(String($c.findIndex(Formula(Length($1.value)=5))))
ALERT(String($c.findIndex(Formula(Length($1.value)>=$2); 3)))
