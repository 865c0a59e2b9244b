// Callback-driven collection functions, examples from the 4D documentation (API/CollectionClass).
var $col; $c : Collection
$col:=New collection("hello"; "world"; "red horse"; 66; "tim"; "san jose"; "miami")
ALERT(JSON Stringify($col.filter(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 6)))
$col:=New collection("hello"; "world"; 4; "red horse"; "tim"; "san jose")
ALERT($col.find(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 5))
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
ALERT(JSON Stringify($c.find(Formula($1.value.name=$2); "Clanton")))
var $val2 : Integer
$val2:=$c.findIndex(Formula($1.value.name=$2); "Clanton")
ALERT(String($val2))
ALERT(String($c.findIndex($val2+1; Formula($1.value.name=$2); "Clanton")))
$c:=New collection
$c.push(-5; -3; -1; -4; -6; -2)
ALERT(String($c.some(Formula($1.value>0))))
$c.push(1)
ALERT(String($c.some(Formula($1.value>0))))
$c:=New collection
$c.push(1; -5; -3; -1; -4; -6; -2)
ALERT(String($c.some(1; Formula($1.value>0))))
$c:=New collection
$c.push(5; 3; 1; 4; 6; 2)
ALERT(String($c.every(Formula($1.value>0))))
$c.push(-1)
ALERT(String($c.every(Formula($1.value>0))))
$c:=New collection(5; 3; 1; 4; 6; 2)
ALERT(String($c.every(Formula(Value type($1.value)=$2); Is real)))
$c:=New collection(5; 3; 5; 1; 3; 4; 4; 6; 2; 2)
ALERT(String($c.reduceRight(Formula($1.accumulator*=$1.value); 1)))
var $fruits : Collection
$fruits:=New collection("Orange"; "Apple"; "Grape"; "pear"; "Banana"; "fig"; "Blackberry"; "Passion fruit")
ALERT($fruits.orderByMethod(Formula(Length(String($1.value))>Length(String($1.value2)))).join(","))
ALERT(JSON Stringify(New collection(1; 2; 3; 4).flatMap(Formula(New collection($1.value*2)))))
