// Method calls on a class instance.
var $counter : cs.Counter
var $i : Integer
$counter:=cs.Counter.new()
For ($i; 1; 10000000)
	$counter.add($i%3)
End for
ALERT(String($counter.value))
