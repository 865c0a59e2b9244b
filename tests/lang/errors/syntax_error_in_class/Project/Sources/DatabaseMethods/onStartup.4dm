ALERT("should not run")
