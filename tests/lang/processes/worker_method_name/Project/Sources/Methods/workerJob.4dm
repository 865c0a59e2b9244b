#DECLARE($label : Text; $n : Integer)
ALERT($label+" "+String($n*2)+" in "+Current process name)
