ALERT(String(add(2; 3)))
ALERT(greet("Ann"))
ALERT(String(add(add(1; 1); 10)))
