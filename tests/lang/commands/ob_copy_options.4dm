// developer.4d.com/docs/commands-legacy/ob-copy: OB Copy(object {; resolvePtrs}) and
// OB Copy(object {; option {; groupWith}}). "by passing True in the resolvePtrs parameter ... each pointer
// present as a value in object is evaluated when copying and its dereferenced value is used"; "By default,
// OB Copy returns a regular (not shared) object, even if the command is applied to a shared object. Pass the
// ck shared constant to create a shared object"; groupWith designates "a collection or an object with which the
// resulting object should be associated". The examples use fields of the current record; variables stand in.
var $name; $country : Text
var $ref; $refComp; $refComp2 : Object
$name:="4D SAS"
$country:="France"

// Example 2: OB Copy($ref) keeps the pointers, OB Copy($ref; True) evaluates them
$ref:=New object("name"; ->$name; "country"; ->$country; "inner"; New object("who"; ->$name))
$refComp:=OB Copy($ref)
$refComp2:=OB Copy($ref; True)
$name:="4D, Inc"
var $kept : Pointer
$kept:=$refComp.name
ALERT(String(Value type($refComp.name)=Is pointer)+" "+$kept->)
ALERT($refComp2.name+" "+$refComp2.country+" "+$refComp2.inner.who)
ALERT(String(OB Is shared(OB Copy($ref; False))))

// Example 3: a shared copy of a regular object can go into a shared object
var $person; $copy; $sharedObject : Object
$person:=JSON Parse("{\"name\":\"Smith\",\"address\":{\"city\":\"Paris\"},\"phones\":[\"01\"]}")
$sharedObject:=New shared object()
$copy:=OB Copy($person; ck shared)
ALERT(String(OB Is shared($copy))+" "+String(OB Is shared($copy.address))+" "+String(OB Is shared($copy.phones)))
Use($sharedObject)
	$sharedObject.person:=$copy
End use
ALERT(JSON Stringify($sharedObject))

// Example 4: ck resolve pointers+ck shared
var $obj; $sharedObjWithPtr : Object
$obj:=New object("name"; ->$name)
$sharedObjWithPtr:=OB Copy($obj; ck resolve pointers+ck shared)
ALERT(String(OB Is shared($sharedObjWithPtr))+" "+$sharedObjWithPtr.name)

// Example 5: the copy joins $sharedColl's group, so it can be pushed there; Use($sharedColl) also locks it
// (developer.4d.com/docs/Concepts/shared#useend-use: "all objects sharing the same locking identifier")
var $sharedObj; $objCopy : Object
var $sharedColl : Collection
$sharedObj:=New shared object("lastname"; "Smith"; "address"; New shared object("city"; "New York"))
$sharedColl:=New shared collection(New shared object("lastname"; "Brown"))
$objCopy:=OB Copy($sharedObj; ck shared; $sharedColl)
Use($sharedColl)
	$sharedColl.push($objCopy)
	$objCopy.address.city:="Boston"
End use
ALERT(JSON Stringify($sharedColl))
ALERT($sharedObj.address.city)

// A shared object copied without ck shared is a regular one
ALERT(String(OB Is shared(OB Copy($sharedObj))))
