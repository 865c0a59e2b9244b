// developer.4d.com/docs/API/CollectionClass#copy: "ck resolve pointers: resolve pointers before copying,
// ck shared: return a shared collection"; "By default, copy() returns a regular (not shared) collection, even
// if the command is applied to a shared collection"; the groupWithCol or groupWithObj parameters designate "a
// collection or an object with which the resulting collection should be associated".
var $col; $col2; $col3 : Collection
var $p : Pointer
var $what : Text

// Example 4: ck resolve pointers
$p:=->$what
$col:=New collection
$col.push(New object("alpha"; "Hello"; "num"; 1))
$col.push(New object("beta"; "You"; "what"; $p))
$col2:=$col.copy()
$col2[1].beta:="World!"
ALERT($col[0].alpha+" "+$col2[1].beta)  // "Hello World!"
$what:="You!"
$col3:=$col2.copy(ck resolve pointers)
ALERT($col3[0].alpha+" "+$col3[1].what)  // "Hello You!"
ALERT(String(Value type($col2[1].what)=Is pointer))  // without the option the copy keeps the pointer

// Examples 1 and 3: a shared copy of a regular collection goes into a shared object and into Storage
var $lastnames; $sharedLastnames : Collection
var $sharedObject : Object
$lastnames:=New collection("Smith"; New object("first"; "Ann"); New collection("Brown"))
$sharedLastnames:=$lastnames.copy(ck shared)
ALERT(String(OB Is shared($sharedLastnames)))
ALERT(String(OB Is shared($sharedLastnames[1]))+" "+String(OB Is shared($sharedLastnames[2])))
ALERT(String(OB Is shared($lastnames)))
$sharedObject:=New shared object
Use($sharedObject)
	$sharedObject.lastnames:=$sharedLastnames
End use
Use(Storage)
	Storage.lastnames:=$sharedLastnames
End use
ALERT(JSON Stringify(Storage.lastnames))

// A regular copy of a shared collection
var $regular : Collection
$regular:=$sharedLastnames.copy()
ALERT(String(OB Is shared($regular))+" "+String(OB Is shared($regular[1])))

// Example 2: the copy joins $sharedColl2's shared group, so that combine() may put it there
var $sharedColl1; $sharedColl2; $copyColl : Collection
$sharedColl1:=New shared collection(New shared object("lastname"; "Smith"))
$sharedColl2:=New shared collection(New shared object("lastname"; "Brown"))
$copyColl:=$sharedColl1.copy(ck shared; $sharedColl2)
Use($sharedColl2)
	$sharedColl2.combine($copyColl)
End use
ALERT(JSON Stringify($sharedColl2))
// developer.4d.com/docs/Concepts/shared#useend-use: Use locks the object "and all objects sharing the same
// locking identifier", so the copy can be changed inside Use($sharedColl2)
Use($sharedColl2)
	$copyColl[0].lastname:="Jones"
End use
ALERT($sharedColl2[1].lastname)

// Both options at once
$col3:=$col2.copy(ck resolve pointers+ck shared)
ALERT(String(OB Is shared($col3[1]))+" "+$col3[1].what)
