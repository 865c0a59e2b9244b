// Process info (developer.4d.com/docs/commands/process-info, 4D 20 R7): an object of cpuTime, cpuUsage,
// creationDateTime (ISO 8601), ID, name, number, preemptive, sessionID, state, systemID, type and visible; "If
// you pass an incorrect process number, the command returns a null object". Its own example reads .preemptive.
var $info : Object
var $preemptive : Boolean
$info:=Process info(Current process)
ALERT(JSON Stringify(OB Keys($info).sort()))
ALERT(String($info.number=Current process)+" "+String($info.name=Current process name))
ALERT(String($info.state=Executing))
ALERT(String(Match regex("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"; $info.creationDateTime)))
ALERT(String(Value type($info.cpuTime)=Is real)+" "+String(Value type($info.visible)=Is boolean))
$preemptive:=Process info(Current process).preemptive
ALERT(String($preemptive))
ALERT(String(Process info(1e6)=Null))
