// Plugin commands, and every kind of value crossing the ABI both ways.
var $parsed : Object
ALERT(TEST DESCRIBE("abc"; 3; True; Null; {a: 1; b: "x"}; New collection(1; "two"); 4D.Counter.new()))
ALERT(TEST DESCRIBE(TEST RANGE(4)))
$parsed:=TEST PARSE("{\"k\":[1,2,{\"z\":null}]}")
ALERT(JSON Stringify($parsed))
Try
	TEST PARSE("{broken")
Catch
	ALERT(Last errors[0].message)
End try
