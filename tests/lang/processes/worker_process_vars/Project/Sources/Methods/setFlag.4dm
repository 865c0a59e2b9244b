#DECLARE($flag : Text)
Use (Storage)
	Storage[$flag]:=True
End use
