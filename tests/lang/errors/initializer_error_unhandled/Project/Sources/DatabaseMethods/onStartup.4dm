// An error in a declaration's initializer is a 4D error like any other, never a crash: uncaught in the startup
// method, it stops it, is reported with its line, and the host exits with 1. Reading an undefined variable in an
// expression is an error (https://developer.4d.com/docs/Concepts/null-undefined: "when trying to read or
// assign undefined expressions, 4D will generate errors", with exceptions that do not include arithmetic).
ALERT("before")
var gA : Integer := gC+1
ALERT("never")
