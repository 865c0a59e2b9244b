ALERT(Uppercase("Hello World"))
ALERT(Lowercase("Hello World"))
ALERT(Uppercase("123-abc"))
