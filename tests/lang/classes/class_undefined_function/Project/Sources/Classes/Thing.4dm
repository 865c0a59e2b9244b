Function known() : Text
	return "known"
