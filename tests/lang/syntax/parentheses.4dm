ALERT(String(3+(4*5)))
ALERT(String((3+4)*5))
ALERT(String(2*(3+(4-1))))
ALERT(String(((1))))
