// 4D.FileHandle (developer.4d.com/docs/API/FileHandleClass), opened with File.open()
// (developer.4d.com/docs/20/API/FileClass#open), in a folder this program makes and removes.
var $f : 4D.File
var $fhandle : 4D.FileHandle
var $text : Text
var $line : Integer
$f:=Folder("/PACKAGE/handle_tmp").file("example.txt")
// The page's example: writing line by line from the start ("write" creates the file), then from the end.
$fhandle:=$f.open("write")
$text:="Hello World"
For ($line; 1; 4)
	$fhandle.writeLine($text+String($line))
End for
ALERT($fhandle.mode+" "+$fhandle.charset+" "+$fhandle.breakModeWrite+" "+String($fhandle.offset))
$fhandle:=$f.open("append")
ALERT(String($fhandle.offset)+" "+String($fhandle.getSize()))
$text:="Hello New World!"
For ($line; 1; 4)
	$fhandle.writeLine($text+String($line))
End for
// Reading up to a stop character, with an options object (the number of a break mode reads back as its text).
var $o : Object
$o:=New object()
$o.mode:="read"
$o.charset:="UTF-8"
$o.breakModeRead:=Document with CRLF
$fhandle:=$f.open($o)
ALERT($fhandle.mode+" "+$fhandle.breakModeRead+" "+$fhandle.breakModeWrite+" "+$fhandle.file.fullName)
$text:=$fhandle.readText("!")
ALERT(Replace string(Replace string($text; "\r"; "<CR>"); "\n"; "<LF>"))
// A stop character that is not found: "" and the offset untouched.
$line:=$fhandle.offset
ALERT("["+$fhandle.readText("#")+"] "+String($fhandle.offset=$line))
// Reading line by line until eof.
var $lines : Collection
$lines:=New collection
$fhandle:=$f.open("read")
While (Not($fhandle.eof))
	$lines.push($fhandle.readLine())
End while
ALERT(String($lines.length)+" "+$lines[0]+" "+$lines[7])
// offset: below 0 it is 0, beyond the end it is the end.
$fhandle.offset:=-5
ALERT(String($fhandle.offset)+" "+$fhandle.readLine())
// readBlob counts bytes; writeBlob and setSize on a handle that writes.
$fhandle:=$f.open("read")
var $b : 4D.Blob
$b:=$fhandle.readBlob(5)
ALERT(String($b.size)+" "+String($fhandle.offset)+" "+Convert to text($b; "UTF-8"))
$fhandle:=$f.open("write")
$fhandle.setSize(5)
ALERT(String($fhandle.getSize())+" "+$f.getText())
// "read" on a file that does not exist is an error.
Try
	$fhandle:=Folder("/PACKAGE/handle_tmp").file("none.txt").open()
Catch
	ALERT("missing: "+String(Last errors.length>0))
End try
$fhandle:=Null
Folder("/PACKAGE/handle_tmp").delete(Delete with contents)
ALERT(String(Folder("/PACKAGE/handle_tmp").exists))
