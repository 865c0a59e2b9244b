// C_INTEGER and its current name _o_C_INTEGER declare Longints (docs/commands/c-longint.md links C_INTEGER as
// _o_C_INTEGER); C_PICTURE (docs/commands/c-picture.md) declares a Picture, which this host does not have: the
// declaration is refused with an error, caught here; C_POINTER (docs/commands/c-pointer.md) declares a Pointer,
// nil until assigned (docs/Concepts/dt_pointer.md).
C_INTEGER($i)
_o_C_INTEGER($j)
ALERT(String(Value type($i)=Is longint))
ALERT(String(Value type($j)=Is longint))
Try
	C_PICTURE($p)
	ALERT("declared")
Catch
	ALERT("refused: "+Last errors[0].message)
End try
C_POINTER($ptr)
ALERT(String(Value type($ptr)=Is pointer)+" "+String(Is nil pointer($ptr)))
