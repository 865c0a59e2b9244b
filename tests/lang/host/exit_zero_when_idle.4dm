ALERT("startup finished")
