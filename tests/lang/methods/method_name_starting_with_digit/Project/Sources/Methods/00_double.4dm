C_LONGINT(00_double; $1)
C_TEXT(00_double; $0)
$0:=String($1*2)
