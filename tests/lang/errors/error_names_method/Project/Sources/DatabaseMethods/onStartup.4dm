ALERT("calling")
brokenMethod
ALERT("never")
