Class extends Shape

Class constructor($r : Real)
	Super()
	This.r:=$r
