#DECLARE() : Text
return "parses"
