var $b : cs.Bag
$b:=cs.Bag.new()
ALERT(String($b.count()))
$b.add("a"; 1).add("b"; 2)
ALERT(String($b.count()))
ALERT(JSON Stringify($b))
