#DECLARE($separator : Text; ...) : Text
var $parts : Collection
$parts:=New collection
var $i : Integer
For ($i; 2; Count parameters)
	$parts.push(String(${$i}))
End for
return $parts.join($separator)
