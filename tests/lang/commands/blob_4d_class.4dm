var $blob : Blob
CONVERT FROM TEXT("abcdef"; "UTF-8"; $blob)
var $b : 4D.Blob
$b:=4D.Blob.new($blob)
ALERT(String($b.size))
ALERT(String(OB Instance of($b; 4D.Blob)))
ALERT(Convert to text($b; "UTF-8"))
var $part : 4D.Blob
$part:=$b.slice(1; 3)
ALERT(String($part.size))
ALERT(Convert to text($part; "UTF-8"))
ALERT(String(4D.Blob.new().size))
