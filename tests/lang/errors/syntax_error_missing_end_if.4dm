var $i : Integer
If ($i=0)
	$i:=1
