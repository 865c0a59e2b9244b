// Date and Time variables: their types (docs/commands/value-type.md: Is date 4, Is time 11), the null date and
// null time a fresh variable holds (docs/Concepts/dt_date.md "!00-00-00!", dt_time.md "?00:00:00?"; shown as
// "00/00/00" as docs/commands/date.md writes the empty date), the legacy C_DATE and C_TIME, a Time variable
// that takes a number as seconds (dt_time.md: "A time value can be treated as a number"), and truthiness
// (docs/Concepts/operators.md, "Truthy and falsy": the null date is falsy; `5 && !00-00-00!` is 00/00/00).
var $d : Date
var $t : Time
ALERT(String($d))
ALERT(String($t))
ALERT(String(Value type($d)=Is date))
ALERT(String(Value type($t)=Is time))
ALERT(String(Value type(!2024-03-01!)=Is date))
ALERT(String(Value type(?12:30:00?)=Is time))
ALERT(String($d=!00-00-00!))
ALERT(String($t=?00:00:00?))
C_DATE($cd)
C_TIME($ct)
ALERT(String(Value type($cd)=Is date))
ALERT(String(Value type($ct)=Is time))
$t:=3600
ALERT(String($t))
ALERT(String(Value type($t)=Is time))
var $v : Variant
$v:=5 && !00-00-00!
ALERT(String($v))
$v:=!00-00-00! || "no date"
ALERT($v)
$v:=!2024-03-01! || "no date"
ALERT(String($v))
ALERT((!00-00-00!) ? "truthy" : "falsy")
ALERT((?00:00:00?) ? "truthy" : "falsy")
