ASSERT(1=1)
ASSERT(True; "never shown")
ALERT("assertions passed")
