var $sc : Collection
$sc:=New shared collection(1; 2)
Use ($sc)
	$sc[2]:=3
End use
ALERT(JSON Stringify($sc))
Try
	$sc[0]:=100
	ALERT("assigned without Use")
Catch
	ALERT("error outside Use")
End try
ALERT(String($sc[0]))
$sc.push(4)
ALERT(String($sc.length))
ALERT(String($sc.sum()))
