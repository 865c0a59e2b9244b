Use (Storage)
	Storage.results:=New shared collection
End use
Use (Storage.results)
	Storage.results.push("a")
	Storage.results.push("b")
End use
Use (Storage)
	Storage.published:=True
End use
