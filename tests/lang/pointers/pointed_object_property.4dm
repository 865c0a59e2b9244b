// `$ptr->name` reads and writes a property of the object a pointer points to, as `($ptr->).name` (Concepts,
// dt_pointer.md: `->` dereferences; 4D's own 4d/4D-Report and 4d/4D-Mobile-App write `$Ptr_container->top.color:=0`
// and `$schemPtr->type:="object"`), a function call included.
var $o : Object
var $p : Pointer
$o:=New object("value"; 1; "top"; New object("color"; 255))
$p:=->$o
ALERT(String($p->value))
$p->value:=5
$p->top.color:=0
$p->type:="object"
ALERT(JSON Stringify($o))
ALERT(String($p->.value)+" "+String(($p->).top.color))
var $c : Collection
var $pc : Pointer
$c:=New collection(3; 1; 2)
$pc:=->$c
ALERT($pc->join(","))
// A pointer to a process variable is still written `->name`.
gTotal:=7
$p:=->gTotal
ALERT(String($p->))
