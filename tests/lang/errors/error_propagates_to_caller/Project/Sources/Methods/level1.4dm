level2
ALERT("level1 after level2")
