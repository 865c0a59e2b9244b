#DECLARE($a : Text; $b : Text) : Text
return Current method name+" "+String(Count parameters)
