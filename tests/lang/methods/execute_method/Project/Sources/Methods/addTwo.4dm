#DECLARE($a : Integer; $b : Integer) : Integer
return $a+$b
