// One worker changes a shared collection and a shared object (inside Use, and through push(), which takes Use
// itself) while another reads them without Use, as 4D allows: every read must see a whole state.
var $list : Collection
var $record : Object
$list:=New shared collection
$record:=New shared object
CALL WORKER("reader"; "readShared"; $list; $record; "readerDone")
CALL WORKER("writer"; "writeShared"; $list; $record; 3000; "writerDone")
waitForFlag("writerDone")
waitForFlag("readerDone")
ALERT(String($list.length))
ALERT(String($list.sum()))
ALERT(String(OB Keys($record).length))
ALERT(Storage.readerVerdict)
