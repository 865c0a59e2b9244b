// developer.4d.com/docs/Concepts/arrays#using-the-element-zero-of-an-array: "atName:=0" positions the array to
// its element zero: a number assigned to an array variable selects that element, and the array stays.
// developer.4d.com/docs/commands-legacy/value-type: an array read as a value is, in interpreted mode, a Real:
// its selected element's number.
ARRAY TEXT(atName; 5)
atName{1}:="Text1"
atName{3}:="Text3"
atName:=3
ALERT(String(Size of array(atName))+" "+atName{3})
ALERT(String(atName=3)+" "+String(atName+0)+" "+String(Num(atName)))
ALERT(atName{atName})
atName:=0
ALERT(String(atName))
atName+=2
ALERT(String(atName))

ARRAY LONGINT($counts; 4)
$counts:=4
$counts-=1
ALERT(String($counts)+" "+String(Size of array($counts)))
ALERT(String(Value type($counts)=Is real))
If ($counts>2)
	ALERT("selected beyond 2")
End if
Try
	$counts:="two"
Catch
	ALERT("a text selects nothing: "+String(Last errors[0].errCode))
End try
// Through a pointer to the array, as through its variable.
var $p : Pointer
$p:=->atName
$p->:=4
$p->+=1
ALERT(String(atName)+" "+String($p->))
