var $c : Collection
$c:=New collection("a"; "b"; "c")
ALERT($c[0])
ALERT(String($c.indexOf("a")))
ALERT(String($c.indexOf("c")))
ALERT(String($c.indexOf("zz")))
ALERT($c[$c.length-1])
