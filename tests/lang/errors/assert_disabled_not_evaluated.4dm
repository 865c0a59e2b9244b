// developer.4d.com/docs/commands-legacy/set-assert-enabled: "when assertions are disabled, expressions passed to
// ASSERT commands are no longer evaluated" (its example: ASSERT(TestMethod) does not call TestMethod).
// developer.4d.com/docs/commands-legacy/asserted: disabled, Asserted "returns the result of the expression that
// was passed without triggering an error", so its expression is evaluated.
var $calls : Collection
$calls:=New collection
var $probe : Object
$probe:=Formula($calls.push("called").length>100)
SET ASSERT ENABLED(False)
ASSERT($probe.call())
ASSERT($probe.call(); "message")
ALERT("disabled, ASSERT: "+String($calls.length))
ALERT("disabled, Asserted: "+String(Asserted($probe.call()))+" "+String($calls.length))
// With `*` (this process only) too.
SET ASSERT ENABLED(True)
SET ASSERT ENABLED(False; *)
ASSERT($probe.call())
ALERT("disabled here: "+String($calls.length))
SET ASSERT ENABLED(True)
Try
	ASSERT($probe.call())
Catch
	ALERT("enabled: "+String($calls.length)+" error "+String(Last errors[0].errCode))
End try
