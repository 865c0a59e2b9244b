#DECLARE($list : Collection; $record : Object; $count : Integer; $flag : Text)
var $i : Integer
For ($i; 1; $count)
	If ($i%2=0)
		$list.push($i)
	Else
		Use ($list)
			$list[$list.length]:=$i
		End use
	End if
	Use ($record)
		$record["k"+String($i)]:=New object("n"; $i)
		$record.last:=$i
	End use
End for
Use (Storage)
	Storage[$flag]:=True
End use
