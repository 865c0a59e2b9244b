// developer.4d.com/docs/API/CollectionClass#filter: "This function returns a shallow copy ... If the original
// collection is a shared collection, the returned collection is also a shared collection."
var $shared; $kept : Collection
$shared:=New shared collection(1; 5; 10; New shared object("n"; 7))
$kept:=$shared.filter(Formula((Value type($1.value)=Is real) && ($1.value>2)))
ALERT(JSON Stringify($kept))
ALERT(String(OB Is shared($kept)))
$kept:=$shared.filter(Formula(Value type($1.value)=Is object))
ALERT(String($kept[0]=$shared[3]))
Use($shared)
	$kept:=$shared.filter(Formula(Value type($1.value)=Is real))
End use
ALERT(String(OB Is shared($kept))+" "+String($kept.length))
$kept:=New collection(1; 5).filter(Formula($1.value>2))
ALERT(String(OB Is shared($kept)))
