// 4D.Counter from TestPlugin: static new, a read-only getter, writable properties, methods, plain properties.
var $c : 4D.Counter
$c:=4D.Counter.new({start: 10; step: 5; label: "ten"})
ALERT(String($c.value))
ALERT(String($c.increment()))
ALERT(String($c.increment()))
$c.step:=2
ALERT(String($c.step))
ALERT(String($c.increment()))
$c.label:="changed"
ALERT($c.label)
ALERT(JSON Stringify($c.snapshot()))
ALERT(String(4D.Counter.isCounter($c)))
ALERT(String(4D.Counter.isCounter({value: 1})))
$c.extra:="a plain property beside the native ones"
ALERT($c.extra)
