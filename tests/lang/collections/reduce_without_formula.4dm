// reduce() and reduceRight() need a formula (developer.4d.com, Collection class: .reduce( formula : 4D.Function
// { ; initValue : any { ;...param : expression }} )): called without one they raise an error that Try catches,
// on an empty collection as on a full one (found by the evaluator fuzzer: both read a missing argument).
var $c : Collection
$c:=New collection(1; 2; 3)
Try
	$c.reduce()
Catch
	ALERT("reduce: "+String(Last errors.length>0))
End try
Try
	New collection.reduceRight()
Catch
	ALERT("reduceRight: "+String(Last errors.length>0))
End try
ALERT(String($c.reduce(Formula($1.accumulator+=$1.value); 0)))
