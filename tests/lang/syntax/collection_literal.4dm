var $c : Collection
$c:=[1; 2; 3]
ALERT(JSON Stringify($c))
ALERT(String($c.length))
$c:=[]
ALERT(String($c.length))
$c:=["a"; {k: 1}; [True; Null]]
ALERT(JSON Stringify($c))
ALERT(String($c[1].k))
