// Runs until the host is told to stop: the plugin's shutdown hook ends the ticker, whose final callback
// still runs here before the host exits.
var $handler : Object
$handler:={}
$handler.onTick:=Formula(True)
$handler.onDone:=Formula(ALERT("ticker stopped early: "+String($1<1000000)))
4D.Counter.new().startTicker(1000000; $handler)
ALERT("started")
