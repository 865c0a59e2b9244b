var $c; $copy : Collection
$c:=New collection(1; New object("v"; 1); New collection("x"))
$copy:=$c.copy()
$copy[0]:=100
$copy[1].v:=2
$copy[2].push("y")
ALERT(JSON Stringify($c))
ALERT(JSON Stringify($copy))
ALERT(String($c=$copy))
