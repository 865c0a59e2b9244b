// docs/commands-legacy/append-to-array.md, insert-in-array.md, delete-from-array.md, find-in-array.md,
// sort-array.md, copy-array.md.
ARRAY TEXT($a; 0)
APPEND TO ARRAY($a; "pear")
APPEND TO ARRAY($a; "apple")
APPEND TO ARRAY($a; "fig")
INSERT IN ARRAY($a; 2; 2)
$a{2}:="kiwi"
ALERT(String(Size of array($a))+": "+$a{1}+","+$a{2}+",["+$a{3}+"],"+$a{4}+","+$a{5})
DELETE FROM ARRAY($a; 3)
ALERT(String(Size of array($a))+": "+$a{3})
INSERT IN ARRAY($a; 100)
ALERT(String(Size of array($a))+" ["+$a{5}+"]")
DELETE FROM ARRAY($a; 5; 10)
ALERT(String(Find in array($a; "apple"))+" "+String(Find in array($a; "APPLE"))+" "+String(Find in array($a; "banana"))+" "+String(Find in array($a; "p@")))
APPEND TO ARRAY($a; "pear")
ALERT(String(Find in array($a; "pear"; 2)))
SORT ARRAY($a; >)
ALERT($a{1}+","+$a{2}+","+$a{3}+","+$a{4}+","+$a{5})
ARRAY LONGINT($n; 3)
$n{1}:=2
$n{2}:=3
$n{3}:=1
ARRAY TEXT($t; 3)
$t{1}:="two"
$t{2}:="three"
$t{3}:="one"
SORT ARRAY($n; $t; <)
ALERT(String($n{1})+$t{1}+" "+String($n{2})+$t{2}+" "+String($n{3})+$t{3})
COPY ARRAY($t; $copy)
$copy{1}:="changed"
ALERT(String(Size of array($copy))+" "+$copy{1}+" "+$t{1})
