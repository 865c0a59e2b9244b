// Split string example from the 4D documentation.
var $vt : Text
var $col : Collection
$vt:="John;Doe;120 jefferson st.;Riverside;; NJ; 08075"
$col:=Split string($vt; ";")
ALERT(JSON Stringify($col))
$col:=Split string($vt; ";"; sk ignore empty strings)
ALERT(JSON Stringify($col))
$col:=Split string($vt; ";"; sk ignore empty strings+sk trim spaces)
ALERT(JSON Stringify($col))
ALERT(JSON Stringify(Split string("abc"; "")))
