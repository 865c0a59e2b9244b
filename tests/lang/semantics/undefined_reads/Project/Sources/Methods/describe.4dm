#DECLARE($t : Text; $n : Integer) : Text
return "["+$t+"]["+String($n)+"]"
