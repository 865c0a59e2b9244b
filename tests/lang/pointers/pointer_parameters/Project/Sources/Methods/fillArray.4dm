#DECLARE($p : Pointer; $count : Integer)
var $i : Integer
ARRAY LONGINT($p->; $count)
For ($i; 1; $count)
	$p->{$i}:=$i*$i
End for
