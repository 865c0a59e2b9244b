ALERT("4D_utils")
