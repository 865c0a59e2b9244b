// developer.4d.com/docs/Concepts/parameters#parameter-indirection: ${$i} addresses the parameters as local
// variables; commands-legacy/count-parameters gives the number of parameters passed. A parameter assigned beyond
// those passed is a local like any other: it reads back, and Count parameters still counts what was passed, however
// high its number (${2000000000} once made the host allocate two billion parameters).
ALERT(String(keeper("a"; "b")))
