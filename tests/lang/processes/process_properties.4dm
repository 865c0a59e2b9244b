// developer.4d.com/docs/commands-legacy/process-properties: the name, state and time of a process, then its mode,
// unique ID and origin (Worker process, 5: "Worker process launched by user"); for a process that does not
// exist, the variables are left unchanged. developer.4d.com/docs/commands-legacy/process-number.
var $name : Text
var $state; $time; $mode; $id; $origin; $worker : Integer
PROCESS PROPERTIES(Current process; $name; $state; $time)
ALERT(String($name=Current process name))
ALERT(String($state=Executing))
CALL WORKER("props worker"; Formula(0))
$worker:=Process number("props worker")
ALERT(String($worker>0))
PROCESS PROPERTIES($worker; $name; $state; $time; $mode; $id; $origin)
ALERT($name)
ALERT(String($id=$worker))
ALERT(String($origin=Worker process))
$name:="unchanged"
$state:=42
PROCESS PROPERTIES(Count tasks+1; $name; $state; $time)
ALERT($name+" "+String($state))
