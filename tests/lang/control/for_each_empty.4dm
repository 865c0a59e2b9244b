var $x : Variant
For each ($x; New collection)
	ALERT("never")
End for each
For each ($x; New object)
	ALERT("never")
End for each
ALERT("done")
