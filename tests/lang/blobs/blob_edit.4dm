// docs/commands-legacy/copy-blob.md (the destination grows if needed), insert-in-blob.md (len bytes of the
// filler, 0x00 by default, at offset; the blob becomes len bytes larger), delete-from-blob.md (the blob
// becomes len bytes smaller).
var $src; $dst : Blob
TEXT TO BLOB("abcdef"; $src; UTF8 text without length)
COPY BLOB($src; $dst; 1; 2; 3)
ALERT(String(BLOB size($dst))+" "+String($dst{0})+" "+BLOB to text($dst; UTF8 text without length; 2))
INSERT IN BLOB($src; 2; 3; 42)
ALERT(String(BLOB size($src))+" "+BLOB to text($src; UTF8 text without length))
INSERT IN BLOB($src; 0; 1)
ALERT(String(BLOB size($src))+" "+String($src{0})+" "+String($src{1}))
DELETE FROM BLOB($src; 0; 4)
ALERT(String(BLOB size($src))+" "+BLOB to text($src; UTF8 text without length))
