#DECLARE($so : Object)
Use ($so)
	$so.value:="changed in worker"
End use
Use (Storage)
	Storage.done:=True
End use
