// A constant whose token the host's list lacks and whose name it does not know either: the error names both.
ALERT("before")
ALERT(String(Pas une constante:K99:1))
