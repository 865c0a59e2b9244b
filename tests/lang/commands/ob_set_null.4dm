// developer.4d.com/docs/commands-legacy/ob-set-null: stores null in the property; "If the property already exists
// in object, its value is updated. If it does not exist, it is created." The page's example first (the object
// made with New object here: OB SET on a null object variable is an error in this host).
var $ref : Object
$ref:=New object
OB SET($ref; "name"; "Lea"; "age"; 4)
ALERT(JSON Stringify($ref))  // {"name":"Lea","age":4}
OB SET NULL($ref; "age")
ALERT(JSON Stringify($ref))  // {"name":"Lea","age":null}
OB SET NULL($ref; "Age")  // property names are case sensitive: a new one
ALERT(JSON Stringify($ref))
ALERT(String(OB Get type($ref; "age")=Is null))
