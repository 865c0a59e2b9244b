ALERT("handled in handler")
