If (Last errors[0].errCode=-108)
	Use (Storage)
		Storage.refused:=Num(Storage.refused)+1
	End use
End if
