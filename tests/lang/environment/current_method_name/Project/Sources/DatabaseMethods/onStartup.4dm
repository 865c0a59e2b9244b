// Current method name, as commands-legacy/current-method-name.md lists it: a project method gives its name,
// a class constructor "ClassName:constructor", a class function "ClassName.FunctionName".
// Count parameters (commands-legacy/count-parameters.md) in the same methods.
var $person : cs.Person
ALERT(whoAmI)
ALERT(whoAmI("a"; "b"))
$person:=cs.Person.new("Ann")
ALERT($person.where)
ALERT($person.describe())
ALERT(String(Count parameters))
