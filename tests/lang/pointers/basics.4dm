// docs/Concepts/dt_pointer.md: ->var, dereference with ->, assignment through a pointer, pointers to arrays
// (SORT ARRAY($ArrPtr->;>), ArrPtr->{4}:=84) and to array elements ($ElemPtr->:=8), pointers to pointers
// (($PointerTwo->)->), equality of pointers.
// docs/commands-legacy/value-type.md and type.md: Is pointer (23).
// docs/Concepts/operators.md, truthy and falsy: a null pointer is falsy.
// docs/commands-legacy/is-nil-pointer.md.
$MyVar:="Hello"
var $MyPointer : Pointer
ALERT(String(Is nil pointer($MyPointer))+" "+String(Value type($MyPointer)=Is pointer))
ALERT(($MyPointer || "falsy"))
$MyPointer:=->$MyVar
ALERT($MyPointer->)
$MyPointer->:="Goodbye"
ALERT($MyVar+" "+String(Is nil pointer($MyPointer))+" "+String(Type($MyPointer)=Is pointer))
$PointerOne:=->$MyVar
$PointerTwo:=->$PointerOne
($PointerTwo->)->:="Hello again"
ALERT(($PointerTwo->)->)
ALERT(String($PointerOne=$MyPointer)+" "+String($PointerOne=$PointerTwo)+" "+String($PointerOne#$PointerTwo))
ARRAY REAL($anArray; 10)
$ElemPtr:=->$anArray{1}
$ElemPtr->:=8
$ArrPtr:=->$anArray
$ArrPtr->{4}:=84
ALERT(String($anArray{1})+" "+String($anArray{4})+" "+String(Size of array($ArrPtr->)))
SORT ARRAY($ArrPtr->; <)
ALERT(String($anArray{1})+" "+String($anArray{2})+" "+String($ElemPtr->))
vCount:=1
$p:=->vCount
$p->:=$p->+1
ALERT(String(vCount))
$o:={target: ->vCount}
$c:=[$p]
$o.target->:=10
ALERT(String(vCount)+" "+String($c[0]->)+" "+String(Value type($o.target)=Is pointer))
