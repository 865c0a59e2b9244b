var $text : Text
$text:="{\"a\":[1,2,{\"b\":\"c\"}],\"d\":false}"
ALERT(JSON Stringify(JSON Parse($text)))
ALERT(String(JSON Stringify(JSON Parse($text))=$text))
