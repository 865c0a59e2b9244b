// A project method that does not parse does not stop the project: the others run, and calling it raises its
// syntax error, which Try catches like any error (4D reports a method's syntax error when the method runs;
// developer.4d.com/docs/Concepts/error-handling). 4d/4D-Mobile-App keeps methods with `Begin SQL` blocks the host
// cannot read; the rest of such a project must still start. The load prints the error on stderr, and --check
// still fails on it.
ALERT(parses())
Try
	usesSql
Catch
	ALERT("usesSql: error "+String(Last errors[0].errCode)+": "+Last errors[0].message)
End try
ALERT("after")
