// developer.4d.com/docs/commands-legacy/ob-get-property-names: the names of the object's properties in
// arrProperties and, optionally, the type of each in arrTypes (Is real 1, Is text 2, Is Boolean 6, Is object 38,
// Is collection 42, Is null 255). The page's examples, with the objects made by New object first (OB SET on a
// null object variable is an error in this host).
ARRAY TEXT(arrNames; 0)
ARRAY LONGINT(arrTypes; 0)
var $ref_richard; $ref_susan; $ref_james : Object
$ref_richard:=New object
OB SET($ref_richard; "name"; "Richard"; "age"; 7)
OB GET PROPERTY NAMES($ref_richard; arrNames; arrTypes)
ALERT(arrNames{1}+" "+arrNames{2}+" "+String(arrTypes{1})+" "+String(arrTypes{2}))  // name age 2 1
$ref_susan:=New object
OB SET($ref_susan; "name"; "Susan"; "age"; 4; "girl"; True)
OB GET PROPERTY NAMES($ref_susan; arrNames; arrTypes)
ALERT(String(Size of array(arrNames))+" "+arrNames{3}+" "+String(arrTypes{3}))  // 3 girl 6
$ref_james:=New object
OB SET($ref_james; "name"; "James")
OB SET NULL($ref_james; "age")
OB GET PROPERTY NAMES($ref_james; arrNames; arrTypes)
ALERT(String(Size of array(arrNames))+" "+arrNames{2}+" "+String(arrTypes{2}))  // 2 age 255
// Objects and collections; the types array is optional.
OB GET PROPERTY NAMES(New object("o"; New object; "c"; New collection); arrNames; arrTypes)
ALERT(arrNames{1}+" "+String(arrTypes{1})+" "+arrNames{2}+" "+String(arrTypes{2}))  // o 38 c 42
OB GET PROPERTY NAMES(New object("only"; 1); arrNames)
ALERT(String(Size of array(arrNames))+" "+arrNames{1})
