#DECLARE($a : Real; $b : Real) : Real
return square($a)+square($b)
