// Array declarations, elements and resizing.
// docs/Concepts/arrays.md: elements numbered 1 to N with {n}, an element zero, re-declaring resizes,
// two-dimensional arrays ({row}{column}, a row is itself an array).
// docs/commands-legacy/array-text.md: enlarging keeps the elements and initializes the new ones to "",
// reducing loses the last ones.
// docs/commands-legacy/size-of-array.md, docs/commands-legacy/type.md (array type constants).
ARRAY TEXT($atNames; 5)
$atNames{1}:="Richard"
$atNames{2}:="Sarah"
$atNames{5}:="John"
$atNames{0}:="Please select an item"
ALERT(String(Size of array($atNames))+" "+$atNames{1}+" "+$atNames{2}+" ["+$atNames{3}+"] "+$atNames{5}+" / "+$atNames{0})
ARRAY TEXT($atNames; 7)
ALERT(String(Size of array($atNames))+" "+$atNames{1}+" ["+$atNames{7}+"]")
ARRAY TEXT($atNames; 2)
ALERT(String(Size of array($atNames))+" "+$atNames{2})
ARRAY LONGINT($al; 3)
$al{1}:=7.9
$al{2}:=$al{1}*2
ALERT(String($al{1})+" "+String($al{2})+" "+String($al{3}))
ARRAY REAL($ar; 2)
$ar{1}:=1.5
ARRAY BOOLEAN($ab; 1)
ALERT(String($ar{1})+" "+String($ar{2})+" "+String($ab{1}))
ARRAY OBJECT($ao; 1)
$ao{1}:={name: "x"}
ALERT($ao{1}.name+" "+String(Value type($ao{0})=Is null))
For ($i; 1; 2)
	$al{$i}:=$i*10
End for
ALERT(String($al{1}+$al{2}))
ARRAY TEXT(atTopics; 100; 50)
atTopics{8}{5}:="topic"
ALERT(String(Size of array(atTopics))+" "+String(Size of array(atTopics{17}))+" "+atTopics{8}{5})
ALERT(String(Type($atNames)=Text array)+" "+String(Type($al)=LongInt array)+" "+String(Type(atTopics)=Array 2D)+" "+String(Type($ar)))
