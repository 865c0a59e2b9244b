ALERT("exists ran")
