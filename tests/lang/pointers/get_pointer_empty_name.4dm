// Get pointer("") (docs/commands-legacy/get-pointer.md names a variable and says nothing of an empty name). 4D
// code relies on it giving the nil pointer: the ut class of vdelachaux/unit-tests-with-Classes, a 4D developer's
// test suite run on 4D, expects it to be falsy and unequal to a pointer to a variable.
var $nil : Pointer
var $p : Pointer
$nil:=Get pointer("")
ALERT(String(Is nil pointer($nil)))
$p:=Get pointer("someProcessVariable")
ALERT(String($nil=$p))
ALERT(String(Is nil pointer($p)))
