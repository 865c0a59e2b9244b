//takeTwo project method (docs/Concepts/dt_pointer.md, "Pointers as parameters to methods")
$1->:=Uppercase($1->)
$2->:=Lowercase($2->)
