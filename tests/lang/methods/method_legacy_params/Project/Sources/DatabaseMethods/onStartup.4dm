ALERT(String(legacyAdd(4; 5)))
ALERT(String(countThem))
ALERT(String(countThem("a"; "b"; "c")))
