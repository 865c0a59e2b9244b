// Dates and times in objects, collections and JSON with a project's default settings: "Dates inside objects"
// is Date type and "Times inside objects" is Times in seconds (docs/commands/set-database-parameter.md,
// selectors 85 and 109). A date stays a date in an object (docs/commands/date.md, example 4) and JSON writes it
// "yyyy-mm-dd" (docs/commands/json-stringify.md, examples 6 and 7 with the date type option; example 1 for a
// time); JSON Parse returns "YYYY-MM-DD" texts as dates and reads Is time as seconds (docs/commands/json-parse.md,
// examples 1, 2 and 3).
var $o : Object
$o:=New object
$o.d:=!2024-03-01!
$o.t:=?01:00:00?
ALERT(String(Value type($o.d)=Is date))
ALERT(String(Value type($o.t)=Is real))
ALERT(String($o.t))
var $Contact : Object
$Contact:=New object
OB SET($Contact; "name"; "Smith"; "birthday"; !1975-10-22!)
ALERT(JSON Stringify($Contact))
var $myCol : Collection
$myCol:=New collection(33; "mike"; !2017-08-28!; False)
ALERT(JSON Stringify($myCol))
ALERT(JSON Stringify(?20:00:00?))
var $json : Text
var $birthday : Date
$json:="{\"name\":\"Marcus\",\"birthday\":\"2017-10-16\"}"
$o:=JSON Parse($json)
$birthday:=$o.birthday
ALERT(String($birthday))
ALERT(String(Value type($o.birthday)=Is date))
var $h : Time
$h:=JSON Parse("5120"; Is time)
ALERT(String($h))
ALERT(JSON Parse("\"1990-12-25T12:00:00Z\""))
var $date : Date
$date:=JSON Parse("\"2008-01-01T12:00:00Z\""; Is date)
ALERT(String($date; Internal date short special))
