#DECLARE($counter : Object; $times : Integer; $flag : Text)
var $i : Integer
For ($i; 1; $times)
	Use ($counter)
		$counter.n:=$counter.n+1
	End use
End for
Use (Storage)
	Storage[$flag]:=True
End use
