ALERT("before")
endless(1)
ALERT("never")
