// developer.4d.com, Concepts, Operators: "Ternary operator" and "Truthy and falsy". Falsy: False, Null,
// undefined, "", empty collections and empty objects; every number, 0 included, is truthy.
ALERT(0 ? "t" : "f")
ALERT(1 ? "t" : "f")
ALERT("" ? "t" : "f")
ALERT("x" ? "t" : "f")
ALERT(Null ? "t" : "f")
ALERT(New object ? "t" : "f")
ALERT(New collection ? "t" : "f")
var $o : Object
ALERT($o.missing ? "t" : "f")
ALERT(New collection(1) ? "t" : "f")
ALERT(New object("k"; Null) ? "t" : "f")
// JSON Parse's Is Boolean (developer.4d.com, JSON Parse, example 1): {"manager":true} gives True.
ALERT(String(JSON Parse("{\"manager\":true}"; Is Boolean)))
