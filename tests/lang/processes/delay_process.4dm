var $start; $elapsed : Integer
$start:=Milliseconds
DELAY PROCESS(Current process; 12)
$elapsed:=Milliseconds-$start
ALERT(String($elapsed>=150))
ALERT(String($elapsed<3000))
