// a whole-line comment
ALERT("one")  // trailing comment
//ALERT("never")
ALERT("two")// no space before the comment
