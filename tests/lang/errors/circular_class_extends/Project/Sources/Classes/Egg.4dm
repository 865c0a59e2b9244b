Class extends Hen

Function lay() : Text
	return "egg"
