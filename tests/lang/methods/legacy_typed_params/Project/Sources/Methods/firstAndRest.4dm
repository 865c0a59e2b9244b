C_TEXT($0)
C_LONGINT($1)
C_TEXT(${2})
$0:=String($1)+":"+$2+$3
