// The native finalizer runs when the last reference to an instance goes (4D.Counter.live() counts them).
var $a; $b : 4D.Counter
var $list : Collection
ALERT(String(4D.Counter.live()))
$a:=4D.Counter.new()
$b:=4D.Counter.new()
ALERT(String(4D.Counter.live()))
$a:=Null
ALERT(String(4D.Counter.live()))
$list:=New collection($b; 4D.Counter.new())
$b:=Null
ALERT(String(4D.Counter.live()))
$list:=Null
ALERT(String(4D.Counter.live()))
