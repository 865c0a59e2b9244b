C_DATE($0; $1)
C_LONGINT($2)
$0:=$1+$2
