var $counter : Object
$counter:=New shared object("n"; 0)
CALL WORKER("inc1"; "incrementMany"; $counter; 500; "done1")
CALL WORKER("inc2"; "incrementMany"; $counter; 500; "done2")
waitForFlag("done1")
waitForFlag("done2")
ALERT(String($counter.n))
