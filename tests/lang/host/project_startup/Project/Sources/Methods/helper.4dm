#DECLARE() : Text
return "helper result"
