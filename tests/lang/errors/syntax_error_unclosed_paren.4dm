var $t : Text

$t:=String((1+2)
