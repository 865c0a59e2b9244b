#DECLARE($n : Integer) : Integer
return forever($n+1)
