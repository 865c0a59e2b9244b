ALERT(String(New collection(3; 1; 2).sort().join(",")))
ALERT(New object("a"; New collection("x"; "y")).a.join("+"))
ALERT(String([1; 2; 3].slice(1).length))
