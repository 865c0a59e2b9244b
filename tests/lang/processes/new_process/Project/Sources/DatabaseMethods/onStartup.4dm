// developer.4d.com/docs/commands-legacy/new-process: New process starts a process running the method and
// returns its number; the method receives the parameters in $1, $2...; "standard object or collection type
// parameters are passed by copy". The caller goes on at once: it waits for the process's flag in Storage.
var $o : Object
$o:=New object("count"; 1)
var $number : Integer
$number:=New process("job"; 0; "background job"; "hello"; $o)
ALERT(String($number>0))
var $start : Integer
$start:=Milliseconds
While ((Storage.job=Null) && ((Milliseconds-$start)<5000))
	DELAY PROCESS(Current process; 1)
End while
ALERT(String(Storage.job.number=$number))
ALERT(String(Storage.job.number#Current process))
ALERT(Storage.job.name)
ALERT(Storage.job.text)
ALERT(String(Storage.job.count))
ALERT(String($o.count))
// developer.4d.com/docs/commands-legacy/process-aborted: False unless the process is about to be aborted.
ALERT(String(Storage.job.aborted))
