// The plugin calls functions of user-class instances and formula properties (call_function), and sees
// errors they raise (FD_RAISED + last_errors).
var $c : 4D.Counter
var $greeter : cs.Greeter
var $formulas : Object
var $error : Object
$c:=4D.Counter.new({start: 3})
$greeter:=cs.Greeter.new("Ada")
ALERT($c.callBack($greeter; "greet"; "Hello"))
$formulas:={triple: Formula($1*3)}
ALERT(String($c.callBack($formulas; "triple")))
Try
	$c.callBack($greeter; "nope")
Catch
	ALERT(Last errors[0].message)
End try
Try
	$c.callBack($greeter; "explode")
Catch
	For each ($error; Last errors)
		If ($error.errCode=44)
			ALERT($error.message)
		End if
	End for each
End try
