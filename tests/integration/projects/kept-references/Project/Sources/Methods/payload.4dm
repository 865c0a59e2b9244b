// A text of $kib KiB built for the caller alone, so that each handler holding one owns that much memory.
#DECLARE($kib : Integer) : Text
var $text : Text
$text:="x"
While (Length($text)<($kib*1024))
	$text:=$text+$text
End while
return $text
