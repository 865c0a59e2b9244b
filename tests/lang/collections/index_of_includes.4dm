var $c : Collection
$c:=New collection(5; 10; 15; 10)
ALERT(String($c.indexOf(10)))
ALERT(String($c.indexOf(10; 2)))
ALERT(String($c.indexOf(99)))
ALERT(String($c.includes(15)))
ALERT(String($c.includes(16)))
ALERT(String(New collection("x"; "y").includes("y")))
