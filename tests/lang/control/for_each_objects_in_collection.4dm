var $people : Collection
$people:=New collection(New object("name"; "Ann"; "age"; 30); New object("name"; "Bob"; "age"; 25))
var $p : Object
For each ($p; $people)
	ALERT($p.name+" "+String($p.age))
	$p.seen:=True
End for each
ALERT(String($people[1].seen))
