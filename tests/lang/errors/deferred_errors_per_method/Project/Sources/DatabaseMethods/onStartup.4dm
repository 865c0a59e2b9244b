// A deferred error is raised "when the current method returns" (developer.4d.com/docs/commands/throw): each
// method raises those it threw itself, not those of the methods it called (they raised theirs when they
// returned) nor those of its caller. A method that an immediate error ends leaves none pending for the next.
Try
	outerDefers
Catch
	ALERT("outer raised "+String(Last errors.length)+", the last "+String(Last errors[Last errors.length-1].errCode))
End try
Try
	abortedDefers
Catch
	ALERT("aborted with "+String(Last errors.length)+" errors")
End try
returnsCleanly
ALERT("after returnsCleanly")
