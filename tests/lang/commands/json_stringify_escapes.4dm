ALERT(JSON Stringify("quote \" here"))
ALERT(JSON Stringify("back\\slash"))
ALERT(JSON Stringify("tab\tnew\nline"))
