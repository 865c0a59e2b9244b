#DECLARE($list : Collection; $record : Object; $flag : Text)
var $verdict; $json : Text
var $expected; $sum; $item; $length; $last : Integer
var $rounds : Integer
$verdict:="reads consistent"
Repeat
	$rounds:=$rounds+1
	// The elements are 1, 2, ... n in order whatever n is when the reader looks.
	$sum:=0
	$expected:=1
	For each ($item; $list)
		If ($item#$expected)
			$verdict:="element "+String($expected)+" read as "+String($item)
		End if
		$expected:=$expected+1
		$sum:=$sum+$item
	End for each
	$length:=$list.length
	If ($length>0)
		If ($list[$length-1]#$length)
			$verdict:="last element wrong at length "+String($length)
		End if
	End if
	If ($list.indexOf(1)>0)
		$verdict:="indexOf(1) wrong"
	End if
	$last:=Num($record.last)
	If ($last>0)
		If ($record["k"+String($last)].n#$last)
			$verdict:="property k"+String($last)+" missing"
		End if
	End if
	$json:=JSON Stringify($record)
	// A plain collection holding the shared object: its functions read the object's properties too.
	If (New collection($record).sum("last")<$last)
		$verdict:="sum by path below "+String($last)
	End if
	If (Not(New collection($list).flat().length>=$length))
		$verdict:="flat() shorter than "+String($length)
	End if
	If (OB Keys($record).length<$last)
		$verdict:="OB Keys shorter than "+String($last)
	End if
Until ((Storage.writerDone#Null) | ($rounds>100000))
Use (Storage)
	Storage.readerVerdict:=$verdict
	Storage[$flag]:=True
End use
