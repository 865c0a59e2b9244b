C_LONGINT($0)
$0:=Count parameters
