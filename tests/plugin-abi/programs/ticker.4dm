// A plugin thread posts to this process; the posted tasks call the handler's formulas here. The host stays
// up until the plugin releases its worker handle and the tasks have run.
var $c : 4D.Counter
var $handler : Object
$c:=4D.Counter.new()
$handler:={ticks: New collection()}
$handler.onTick:=Formula(This.ticks.push($1))
$handler.onDone:=Formula(ALERT("done after "+String($1)+" ticks: "+This.ticks.join(",")))
$c.startTicker(5; $handler)
ALERT("started")
