// Method names that start with a digit: 4D 20's rules say a name "must begin with an alphabetic character, an
// underscore, or a dollar" (docs/Concepts/identifiers.md), yet projects converted from older versions keep such
// methods and call them, 4D's own components among them (4d/4D-Labels calls 00_LABEL_OPEN_EDITOR("_init"),
// 4d/4D-Report declares C_TEXT(4D_LOG; $1)). A word that starts with a digit and names a method is that method.
4D_utils
ALERT(00_double(21))
ALERT(String(4D Server:K5:6))  // a constant that starts with a digit, as before
ALERT(String(12+1))  // numbers stay numbers
