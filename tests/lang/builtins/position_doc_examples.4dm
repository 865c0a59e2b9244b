// Position examples from the 4D documentation (commands-legacy/position).
ALERT(String(Position("ll"; "Willow")))
ALERT(String(Position("day"; "Today is the first day"; 1)))
ALERT(String(Position("day"; "Today is the first day"; 4)))
ALERT(String(Position("DAY"; "Today is the first day"; 1; *)))
var $length : Integer
ALERT(String(Position("œ"; "Bœuf"; 1; $length)))
ALERT(String($length))
ALERT(String(Position("abc@"; "abcdef")))
