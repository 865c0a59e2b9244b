#DECLARE($a : Text; $b : Integer) : Text
return "["+$a+"]["+String($b)+"]"
