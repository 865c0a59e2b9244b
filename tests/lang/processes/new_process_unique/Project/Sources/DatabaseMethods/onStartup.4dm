// developer.4d.com/docs/commands-legacy/new-process: with `*`, "if a process with the name you passed in name
// is already running, 4D does not start a new process and returns the process number of the process with that
// name". developer.4d.com/docs/commands-legacy/process-number: the number of the process of that name, 0 when
// none is found. The host stays up while a process runs: "held" prints after this method has ended.
var $first; $again; $other : Integer
$first:=New process("holder"; 0; "solo"; True; *)
$again:=New process("holder"; 0; "solo"; True; *)
ALERT(String($again=$first))
ALERT(String(Process number("solo")=$first))
ALERT(String(Process number("nobody")))
$other:=New process("holder"; 0; "solo"; False)
ALERT(String($other#$first))
Use (Storage)
	Storage.release:=True
End use
