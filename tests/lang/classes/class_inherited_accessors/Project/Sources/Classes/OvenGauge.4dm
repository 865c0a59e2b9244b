Class extends Gauge

Function hot() : Boolean
	return This.fahrenheit>300
