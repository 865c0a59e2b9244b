#DECLARE($o : Object; $c : Collection)
$o.value:="changed in worker"
$c.push("worker item")
ALERT("worker: "+$o.value+", "+String($c.length))
Use (Storage)
	Storage.done:=True
End use
