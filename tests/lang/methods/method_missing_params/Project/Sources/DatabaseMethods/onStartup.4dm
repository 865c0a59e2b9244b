ALERT(opt("x"; 2))
ALERT(opt("y"))
ALERT(opt)
