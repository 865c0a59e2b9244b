// A query string that cannot be read raises an error naming the function, what is wrong and where (the
// position, in characters, in the query string); so does a placeholder without a value.
var $c : Collection
var $query : Text
$c:=New collection(New object("name"; "Ann"; "age"; 25))
For each ($query; New collection("name = "; "name 'Ann'"; "(age > 1"; "age > 1 )"; "name = 'Ann"; \
	"name = :2"; "name = :who"; "age > 1 and"; "age IN 3"; "kids[].age = 1"; "age > 1 order name"; "name ! 'x'"))
	Try
		$c.query($query; "Ann")
	Catch
		ALERT(Last errors[0].message)
	End try
End for each
Try
	$c.indices(":1 = 'Ann'"; 12)
Catch
	ALERT(Last errors[0].message)
End try
Try
	$c.query("name = :1"; Null)
Catch
	ALERT(Last errors[0].message)
End try
Try
	$c.query("name = :x"; New object("parameters"; "x"))
Catch
	ALERT(Last errors[0].message)
End try
