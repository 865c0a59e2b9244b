// Object property names follow ECMAScript's identifiers (docs/Concepts/identifiers.md, "Object attributes", and
// dt_object.md), which may begin with '$' or be '$' alone; 4D's own 4d/4D-Mobile-App keeps its state in
// Form.$dialog and 4d/4D-Labels in Form.$.
var $o : Object
$o:=New object
$o.$dialog:=New object("name"; "main")
$o.$:=42
$o.$dialog.$count:=1
$o.$dialog.$count+=1
ALERT($o.$dialog.name+" "+String($o.$)+" "+String($o.$dialog.$count))
ALERT(JSON Stringify($o))
ALERT(String($o["$dialog"].name=$o.$dialog.name))
