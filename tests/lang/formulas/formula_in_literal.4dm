var $o : Object
$o:={count: 3; describe: Formula("count is "+String(This.count))}
ALERT($o.describe())
