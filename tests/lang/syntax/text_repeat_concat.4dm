ALERT("ab"*3)
ALERT("x"+"y"+"z")
ALERT("-"*0+"|")
var $t : Text
$t:="na"*2
ALERT($t+" batman")
