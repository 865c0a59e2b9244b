ALERT("handler")
