// Objects and collections: build, read back, filter by property.
var $people : Collection
var $person : Object
var $i; $total; $even : Integer
$people:=New collection
For ($i; 1; 1000000)
	$people.push({id: $i; name: "p"+String($i); score: $i%100})
End for
For each ($person; $people)
	$total:=$total+$person.score
	If ($person.id%2=0)
		$even:=$even+1
	End if
End for each
ALERT(String($total)+" "+String($even))
