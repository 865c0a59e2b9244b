// Found by the evaluator fuzzer: a project method named like the startup method (method names are
// case-insensitive) shared its compiled function with it, and the host crashed. Now the project is refused when
// it loads, naming both files: no output, exit 1.
var $x : Integer
$x:=1
ALERT("never")
