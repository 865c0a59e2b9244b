// A deferred error is raised "when the current method returns or at the end of the Try block"
// (developer.4d.com/docs/commands/throw). A Try that begins after it clears Last errors
// (developer.4d.com/docs/Concepts/error-handling) but must not lose the pending error: deferThenTry still raises
// it when it returns. (Found by the evaluator fuzzer: the method raised the last entry of an emptied error stack.)
Try
	deferThenTry
	ALERT("not reached")
Catch
	ALERT("caught "+String(Last errors[0].errCode)+": "+Last errors[0].message)
End try
ALERT("after")
