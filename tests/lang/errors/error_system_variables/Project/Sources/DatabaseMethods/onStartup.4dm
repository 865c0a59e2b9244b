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
