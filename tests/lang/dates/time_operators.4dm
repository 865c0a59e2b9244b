// Time literals and operators, as docs/Concepts/dt_time.md lists them ("Time operators", examples 1 and 2): a
// time with a time gives a time, a time with a number gives a number of seconds. String of a time without a
// format is HH:MM:SS (docs/commands/string.md, "Time Expressions").
ALERT(String(?02:03:04?+?01:02:03?))
ALERT(String(?02:03:04?-?01:02:03?))
ALERT(String(?02:03:04?+65))
ALERT(String(?02:03:04?-65))
ALERT(String(?02:03:04?*2))
ALERT(String(?02:03:04?/2))
ALERT(String(?02:03:04?\2))
ALERT(String(?20:10:00?%?04:20:00?))
ALERT(String(?02:03:04?%2))
ALERT(String(?01:02:03?=?01:02:03?))
ALERT(String(?01:02:03?=?01:02:04?))
ALERT(String(?01:02:03?#?01:02:04?))
ALERT(String(?01:02:03?#?01:02:03?))
ALERT(String(?01:02:04?>?01:02:03?))
ALERT(String(?01:02:03?>?01:02:03?))
ALERT(String(?01:02:03?<?01:02:04?))
ALERT(String(?01:02:03?<?01:02:03?))
ALERT(String(?01:02:03?>=?01:02:03?))
ALERT(String(?01:02:03?>=?01:02:04?))
ALERT(String(?01:02:03?<=?01:02:03?))
ALERT(String(?01:02:04?<=?01:02:03?))
var $t1; $t2 : Time
$t1:=?23:00:00?
$t2:=$t1+?02:30:00?
ALERT(String($t2))
$t2:=($t1+?02:30:00?)%?24:00:00?
ALERT(String($t2))
// "The number returned from a time is the number of seconds since midnight".
ALERT(String(?01:00:00?=3600))
ALERT(String(Value type(?02:03:04?+65)=Is real))
ALERT(String(Value type(?02:03:04?+?01:02:03?)=Is time))
