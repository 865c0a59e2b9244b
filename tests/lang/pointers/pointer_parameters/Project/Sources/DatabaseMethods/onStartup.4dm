// docs/Concepts/dt_pointer.md: pointers as parameters (the takeTwo example), pointers to local variables
// ("local variables are deleted when the method that created them has completed its execution"; a pointer to
// such a variable is an error, never a crash), pointers to arrays passed to methods.
// docs/commands-legacy/get-pointer.md, resolve-pointer.md (a variable: its name, -1, -1; an array element: the
// array's name, the element number, -1; a nil pointer: "", 0, 0).
var $MyVar : Text
var $other : Text
$MyVar:="HELLO"
$other:="jones"
takeTwo(->$other; ->$MyVar)
ALERT($other+" "+$MyVar)
var $n : Integer
increment(->$n)
increment(->$n)
ALERT(String($n))
ARRAY LONGINT($squares; 0)
fillArray(->$squares; 4)
ALERT(String(Size of array($squares))+" "+String($squares{4}))
$dangling:=makePointer
Try
	ALERT($dangling->)
Catch
	ALERT("dangling pointer: error")
End try
vName:="process variable"
$p:=Get pointer("vName")
ALERT($p->)
RESOLVE POINTER($p; $name; $table; $field)
ALERT($name+" "+String($table)+" "+String($field))
ARRAY TEXT(atCities; 3)
RESOLVE POINTER(->atCities{2}; $name; $table; $field)
ALERT($name+" "+String($table)+" "+String($field))
var $nil : Pointer
RESOLVE POINTER($nil; $name; $table; $field)
ALERT("["+$name+"] "+String($table)+" "+String($field))
