Class constructor
	This.kind:="shape"
