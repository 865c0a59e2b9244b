// Found by the evaluator fuzzer: `C_TEXT(${n})` types the parameters from the nth on (docs/Concepts/parameters.md,
// "Declaring parameters" in the compiler directives), and an n beyond any count (1e308) overflowed the conversion
// to a parameter number. Such a declaration types no parameter; one with a small n still types its parameters.
C_TEXT(${1e308})
C_LONGINT(${1})
ALERT("declared: "+String(Count parameters))
