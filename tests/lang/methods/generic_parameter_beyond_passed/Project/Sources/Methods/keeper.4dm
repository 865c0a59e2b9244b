${10}:="ten"
${2000000000}:="far"
${2}:="two"
ALERT(String(Count parameters))
ALERT(${1}+" "+${2}+" "+${10}+" "+${2000000000})
ALERT(String(Value type(${9})=Is undefined))
$0:=Count parameters
