ALERT("no params")
