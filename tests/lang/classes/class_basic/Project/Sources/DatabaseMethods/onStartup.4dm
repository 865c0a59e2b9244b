var $p : cs.Person
$p:=cs.Person.new("Ann"; 30)
ALERT($p.greet())
ALERT(String($p.isAdult()))
ALERT($p.name)
ALERT(String($p.age))
$p.name:="Bea"
ALERT($p.greet())
ALERT(String(cs.Person.new("Kid"; 5).isAdult()))
