var $c : Collection
$c:=New collection(5; 3; 5; 1; 3; 4; 4; 6; 2; 2)
ALERT(String($c.reduce(Formula($1.accumulator*=$1.value); 1)))
ALERT(String($c.reduce(Formula($1.accumulator+=$1.value); 0)))
ALERT(New collection("a"; "b"; "c").reduce(Formula($1.accumulator:=$1.accumulator+$1.value); ">"))
