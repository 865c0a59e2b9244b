Function run()
	ALERT("in run")
	throw(12; "class failure")
