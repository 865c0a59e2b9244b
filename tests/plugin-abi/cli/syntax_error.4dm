// --check reports the syntax error below and runs nothing.
ALERT("never printed")
If (
