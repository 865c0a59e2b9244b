ALERT("nothing to say")
