C_POINTER($1)
$1->:=$1->+1
