throw(2; "from level 2")
ALERT("level2 after throw")
