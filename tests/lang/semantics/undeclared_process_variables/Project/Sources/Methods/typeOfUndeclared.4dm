#DECLARE() : Integer
return Value type(gR)
