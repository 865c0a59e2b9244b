// developer.4d.com/docs/commands-legacy/on-err-call: "You can identify errors by reading the Error system
// variable, which contains the code number of the error [...] the Error method, Error line and Error formula
// system variables which contain, respectively, the name of the method, the line number and the text of the
// formula where the error occurred." Its example 2: the handler copies Error to a process variable, read after.
gError:=0
ON ERR CALL("IO_ERROR_HANDLER")
failing
ON ERR CALL("")
ALERT("Error: "+String(gError))
ALERT("Error method: "+gMethod)
ALERT("Error line: "+String(gLine))
// Error is a Longint process variable (Concepts, System variables): legacy code resets it, lets a handler that
// does nothing catch the failure, and tests it after the statement.
ALERT("Error is a Longint: "+String(Type(Error)=Is longint))
Error:=0
ON ERR CALL("IGNORE_ERRORS")
failing
ON ERR CALL("")
ALERT("Error after the failing call: "+String(Error))
Error:=0
ALERT("Error reset: "+String(Error))
