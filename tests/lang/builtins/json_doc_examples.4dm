// JSON Stringify examples from the 4D documentation (commands-legacy/json-stringify).
var $Contact; $Children : Object
$Contact:=New object("lastname"; "Monroe"; "firstname"; "Alan")
$Children:=New object("firstname"; "John"; "age"; "12")
$Contact.children:=$Children
ALERT(JSON Stringify($Contact))
ALERT(JSON Stringify($Contact; *))
ALERT(JSON Stringify("{\"name\":\"john\"}"))
ALERT(JSON Stringify(New collection(33; "mike"; False)))
