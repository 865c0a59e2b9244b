#DECLARE($o : Object; $c : Collection; $t : Text)
$o.changed:=True
$c.push("added")
$t:=$t+" changed"
