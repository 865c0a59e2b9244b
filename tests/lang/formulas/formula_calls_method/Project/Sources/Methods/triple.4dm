#DECLARE($x : Integer) : Integer
return $x*3
