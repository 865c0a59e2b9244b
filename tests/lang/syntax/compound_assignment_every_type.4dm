// developer.4d.com/docs/Concepts/operators#compound-assignment-operators: each row of the table (pictures
// aside) and the page's examples; the operators apply to any assignable expression (variables, object
// properties, collection elements, array elements, dereferenced pointers).
$x:=2
$x+=5
$t:="Hello"
$t+=" World"
$d:=!2000-11-10!
$d+=10
ALERT(String($x)+" "+$t+" "+String($d))
$x1:=10
$x1-=5
$d1:=!2000-11-10!
$d1-=10
$x3:=10
$x3/=2
$x2:=10
$x2*=5
$t2:="Hello"
$t2*=2
ALERT(String($x1)+" "+String($d1)+" "+String($x3)+" "+String($x2)+" "+$t2)

// Time += Time is a Time; Time += Number a Number.
$t1:=?01:00:00?
$t1+=?00:30:00?
ALERT(String(Value type($t1)=Is time)+" "+String($t1))
$t1-=?00:15:00?
ALERT(String($t1))
$t1*=?00:00:02?
ALERT(String(Value type($t1)=Is time)+" "+String($t1))
$t1/=?00:00:03?
ALERT(String(Value type($t1)=Is time)+" "+String($t1))
$t3:=?00:01:00?
$t3+=5
ALERT(String(Value type($t3)=Is real)+" "+String($t3))

// Other assignable expressions.
$o:={n: 1; s: "a"; d: !2020-01-01!}
$o.n+=1
$o.s*=3
$o.d+=1
$c:=[1; "x"]
$c[0]*=10
$c[1]+="y"
ALERT(String($o.n)+" "+$o.s+" "+String($o.d)+" "+String($c[0])+" "+$c[1])
ARRAY LONGINT($a; 2)
$a{2}+=7
$a{2}*=3
ALERT(String($a{2}))
var $p : Pointer
$v:=40
$p:=->$v
$p->+=2
ALERT(String($v))
