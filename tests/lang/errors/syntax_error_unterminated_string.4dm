var $t : Text
$t:="never closed
