ALERT("before quit")
QUIT 4D
