var $ts : Text
$ts:=Timestamp
ALERT(String(Length($ts)))
ALERT(Substring($ts; 5; 1)+Substring($ts; 8; 1)+Substring($ts; 11; 1)+Substring($ts; 14; 1)+Substring($ts; 17; 1)+Substring($ts; 20; 1)+Substring($ts; 24; 1))
ALERT(String(Num(Substring($ts; 1; 4))>=2024))
