var $o : Object
$o:={a: 1; b: "x"}
ALERT(JSON Stringify($o))
ALERT($o.b)
$o:={}
ALERT(JSON Stringify($o))
$o:={name: "n"; inner: {deep: True}; list: [1; 2]}
ALERT(JSON Stringify($o))
ALERT(String($o.inner.deep))
