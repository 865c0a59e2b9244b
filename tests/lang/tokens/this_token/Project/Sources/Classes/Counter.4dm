Class constructor($start : Integer)
	This:C1470.count:=$start

Function increment() : Integer
	This:C1470.count:=This:C1470.count+1
	return This:C1470.count
