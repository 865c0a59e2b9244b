var $d : cs.Dog
$d:=cs.Dog.new("Rex"; "collie")
ALERT($d.speak())
ALERT($d.describe())
ALERT($d.both())
ALERT($d.breed)
ALERT(cs.Animal.new("Cat").speak())
