ALERT("failing starts")
throw(99; "deep")
ALERT("failing continues")
