// A process variable that was never declared or assigned is undefined: Value type says Is undefined (5), reading
// a property of it gives Undefined, and assigning Undefined to a typed variable gives the type's default value
// (https://developer.4d.com/docs/Concepts/null-undefined, https://developer.4d.com/docs/commands/value-type).
// Each initializer below reads a process variable this process has not used yet, while the declared one is
// being initialized: that used to crash the host (issue 12).
var gA : Integer := Value type(gC)
ALERT(String(gA))
var gB : Text := String(Value type(gD))+String(Value type(gE))+String(Value type(gF))
ALERT(gB)
var gG : Object := gH.x
ALERT(String(gG=Null))
var gI : Integer := Formula(Value type(gJ)).call()
ALERT(String(gI))
var gK : Integer := typeOfUndeclared
ALERT(String(gK))
var <>gL : Integer := Value type(gM)
ALERT(String(<>gL))
var $local : Integer := Value type(gN)
ALERT(String($local))
gO:=Value type(gP)+Value type(gQ)
ALERT(String(gO))
CALL WORKER("other"; Formula(reportInWorker))
