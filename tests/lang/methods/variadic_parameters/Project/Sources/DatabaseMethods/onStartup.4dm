// `...` as the last parameter of #DECLARE or Function: any number of parameters more, read with ${i} and Count
// parameters; `... : Real` gives each that type (blog.4d.com, "A fresh approach to writing variadic functions",
// 4D v20 R3: "#DECLARE( ... : Real) : Real", SumNumbers returns 0 without parameters and 15 for 1 to 5).
// 4d/4D-SVG declares `#DECLARE($svgObject : Text; $id : Text; ...  : Text)`.
ALERT(String(sumNumbers))
ALERT(String(sumNumbers(1; 2; 3; 4; 5)))
ALERT(String(Value type(sumNumbers(1; 2))=Is real))
ALERT(joinAll("-"; 1; "b"; True))
ALERT(cs.Joiner.new().join("+"; "x"; "y"))
// `var ${2} : Integer` types the parameters from the second on, as C_LONGINT(${2}) does (Concepts/parameters.md,
// "Declaring generic parameters"; 4d/4D-Labels writes `var ${1} : Integer`): 2.7 is 2.
ALERT(typedRest("x"; 2.7; 3.9))
