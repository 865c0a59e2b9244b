#DECLARE($text : Text; $o : Object)
$o.count:=$o.count+1
Use (Storage)
	Storage.job:=New shared object("number"; Current process; "name"; Current process name; "text"; $text; "count"; $o.count; "aborted"; Process aborted)
End use
