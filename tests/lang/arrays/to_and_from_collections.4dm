// docs/commands-legacy/array-to-collection.md, collection-to-array.md (a propertyName "" copies the elements
// themselves), ob-set-array.md, ob-get-array.md.
ARRAY TEXT($names; 2)
$names{1}:="Ann"
$names{2}:="Bob"
ARRAY LONGINT($ages; 2)
$ages{1}:=30
$ages{2}:=40
$c:=New collection
ARRAY TO COLLECTION($c; $names)
ALERT(JSON Stringify($c))
ARRAY TO COLLECTION($c; $names; "name"; $ages; "age")
ALERT(JSON Stringify($c))
ARRAY TEXT($back; 0)
ARRAY LONGINT($years; 0)
COLLECTION TO ARRAY($c; $back; "name"; $years; "age")
ALERT(String(Size of array($back))+" "+$back{2}+" "+String($years{2}))
COLLECTION TO ARRAY(New collection(1.5; 2.7); $years)
ALERT(String(Size of array($years))+" "+String($years{1})+" "+String($years{2}))
COLLECTION TO ARRAY(New collection("x"; "y"; "z"); $back; "")
ALERT(String(Size of array($back))+" "+$back{3})
$o:=New object
OB SET ARRAY($o; "list"; $ages)
ALERT(JSON Stringify($o))
ARRAY REAL($r; 0)
OB GET ARRAY({values: [1.5; 2; 3]}; "values"; $r)
ALERT(String(Size of array($r))+" "+String($r{1}+$r{3}))
