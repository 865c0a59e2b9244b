ON ERR CALL("handler")
failing
ALERT("back in startup")
ON ERR CALL("")
