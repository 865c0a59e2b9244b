var $ops : Collection
$ops:=New collection(Formula($1+1); Formula($1*10); Formula(-$1))
var $f : 4D.Function
For each ($f; $ops)
	ALERT(String($f.call(Null; 4)))
End for each
