// SET ASSERT ENABLED, Get assert enabled, Asserted (commands-legacy/set-assert-enabled.md,
// get-assert-enabled.md, asserted.md, assert.md): assertions are enabled by default; a false one raises
// -10518; disabled, ASSERT does nothing and Asserted returns its expression's value without an error.
ALERT(String(Get assert enabled))
ALERT(String(Asserted(1=1)))
Try
	ALERT(String(Asserted(1=2; "one is not two")))
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
SET ASSERT ENABLED(False)
ALERT(String(Get assert enabled))
ASSERT(1=2)
ALERT(String(Asserted(1=2)))
SET ASSERT ENABLED(True)
Try
	ASSERT(1=2; "enabled again")
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
// With `*`, the current process only; without it, every process (this one included).
SET ASSERT ENABLED(False; *)
ALERT(String(Get assert enabled))
SET ASSERT ENABLED(True)
ALERT(String(Get assert enabled))
