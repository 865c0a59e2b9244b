#DECLARE($name : Text) : Text
var $result : Text
$result:="Hi "+$name
return $result
