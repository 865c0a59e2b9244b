// developer.4d.com/docs/commands-legacy/ob-copy and developer.4d.com/docs/API/CollectionClass#copy document
// ck resolve pointers and ck shared as the only options, and groupWith as a shared collection or object used
// with ck shared. 4D documents no error for anything else; the host refuses it rather than ignore it, and these
// messages are its own.
var $o; $r : Variant
$o:=New object("a"; 1)
$r:=Try(OB Copy($o; 8))
ALERT(Last errors[0].message)
$r:=Try(OB Copy($o; ck resolve pointers; New shared object))
ALERT(Last errors[0].message)
$r:=Try(OB Copy($o; ck shared; New object))
ALERT(Last errors[0].message)
$r:=Try(New collection(1).copy(ck shared; "group"))
ALERT(Last errors[0].message)
$r:=Try(New collection(1).copy("shared"))
ALERT(String(Last errors.length>0))
