Try
	ASSERT(1=2; "one is not two")
	ALERT("not reached")
Catch
	ALERT("assert failed")
	ALERT(String(Position("one is not two"; Last errors[0].message)>0))
End try
