ALERT("caught an error")
