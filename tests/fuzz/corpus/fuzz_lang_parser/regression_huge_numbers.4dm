var $a : Text
$a:=$99999999999
ALERT(Uppercase:C13555555555555555("up"))
