ALERT("line 1 ran")
ALERT("line 2 ran")
throw(77; "unhandled")
ALERT("never")
