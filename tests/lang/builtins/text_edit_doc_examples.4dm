// Delete string, Insert string and Change string examples from the 4D documentation.
ALERT(Delete string("Lamborghini"; 6; 6))
ALERT(Delete string("Indentation"; 6; 2))
ALERT(Insert string("The tree"; " green"; 4))
ALERT(Insert string("Shut"; "o"; 3))
ALERT(Insert string("Indention"; "ta"; 6))
ALERT(Change string("Acme"; "CME"; 2))
ALERT(Change string("November"; "Dec"; 1))
