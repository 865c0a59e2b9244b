// developer.4d.com/docs/commands-legacy/delay-process: "If the process does not exist, the command does nothing."
var $start : Integer
$start:=Milliseconds
DELAY PROCESS(Count tasks+1; 600)
ALERT(String((Milliseconds-$start)<2000))
