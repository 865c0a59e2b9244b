var $blob : Blob
CONVERT FROM TEXT("héllo"; "UTF-8"; $blob)
ALERT(String(BLOB size($blob)))
ALERT(Convert to text($blob; "UTF-8"))
CONVERT FROM TEXT(""; "UTF-8"; $blob)
ALERT(String(BLOB size($blob)))
