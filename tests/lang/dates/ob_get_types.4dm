// OB Get with a type (docs/commands/ob-get.md): example 2 (a Real read Is longint), example 5 with the date type
// option, a project's default (a date comes back a date without Is date, and with it), example 7 (a time is
// stored as its seconds and read back Is time).
var $ref : Object
$ref:=New object
OB SET($ref; "age"; 42)
ALERT(String(Value type(OB Get($ref; "age"))=Is real))
ALERT(String(Value type(OB Get($ref; "age"; Is longint))=Is longint))
var $object : Object
var $birthday : Date
$object:=New object
OB SET($object; "Birthday"; !2010-01-30!)
$birthday:=OB Get($object; "Birthday")
ALERT(String($birthday))
ALERT(String(OB Get($object; "Birthday"; Is date)))
var $obj_o : Object
var $set_h; $get_h : Time
$obj_o:=New object
$set_h:=?01:00:00?+1
OB SET($obj_o; "myHour"; $set_h)
ALERT(JSON Stringify($obj_o))
$get_h:=OB Get($obj_o; "myHour"; Is time)
ALERT(String($get_h))
ALERT(String(Value type(OB Get($obj_o; "myHour"; Is time))=Is time))
