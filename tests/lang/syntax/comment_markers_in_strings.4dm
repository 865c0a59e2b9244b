ALERT("http://example.com/path")
ALERT("/* not a comment */")
ALERT("a\\b") // a real comment with "quotes" and \ backslash
ALERT("end")
