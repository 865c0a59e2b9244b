#DECLARE($what : Text)
ALERT(Uppercase($what))
