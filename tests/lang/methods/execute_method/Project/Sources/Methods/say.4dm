#DECLARE($what : Text)
ALERT("say ["+$what+"] with "+String(Count parameters)+" parameter(s)")
