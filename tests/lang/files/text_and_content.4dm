// Reading and writing a file's content (developer.4d.com/docs/API/FileClass#settext, #setcontent,
// developer.4d.com/docs/API/Document#gettext, #getcontent), in a folder this program makes and removes.
var $dir : 4D.Folder
$dir:=Folder("/PACKAGE/text_tmp")
var $f : 4D.File
$f:=$dir.file("notes/hello.txt")
// FileClass#create: the folder hierarchy is created as needed; False when the file exists already.
ALERT(String($f.create())+" "+String($f.exists)+" "+String($f.create())+" "+String($f.size))
// developer.4d.com/docs/20/API/FileClass#settext: "If you do not specify a character set, by default 4D uses the
// UTF-8 character set without BOM"; "If a Byte Order Mark (BOM) exists for the character set, 4D inserts it into
// the file unless the character set used contains the suffix -no-bom". Document#gettext: the BOM decides the
// character set when reading and is not part of the text.
$f.setText("thé, café")
ALERT($f.getText())
ALERT(String($f.size)+" "+String($f.getContent().size))
var $bytes : Blob
$bytes:=$f.getContent()
ALERT(String($bytes{0})+" "+String($bytes{1})+" "+String($bytes{2})+" "+String($bytes{3}))
$f.setText("thé"; "UTF-8")
$bytes:=$f.getContent()
ALERT(String($f.size)+" "+String($bytes{0})+" "+String($bytes{1})+" "+String($bytes{2})+" "+$f.getText())
$f.setText("abc"; "UTF-8-no-bom")
ALERT(String($f.size))
// ISO-8859-1 by name or by its MIBEnum number (4): one byte per character.
$f.setText("café"; "ISO-8859-1")
ALERT(String($f.size)+" "+$f.getText("ISO-8859-1"))
$f.setText("café"; 4)
ALERT(String($f.size)+" "+$f.getText(4))
// UTF-16 with its BOM: read back whatever set getText is given, since the BOM decides.
$f.setText("été"; "UTF-16LE")
ALERT(String($f.size)+" "+$f.getText("ISO-8859-1"))
// Line breaks: "Document with CRLF" when writing; "Document unchanged" keeps them when reading; "Document with
// LF" converts CRLF and CR to LF (Document#gettext's second example).
$f.setText("a\nb\rc"; "UTF-8"; Document with CRLF)
ALERT(Replace string(Replace string($f.getText("UTF-8"; Document unchanged); "\r"; "<CR>"); "\n"; "<LF>"))
ALERT(Replace string(Replace string($f.getText("UTF-8"; Document with LF); "\r"; "<CR>"); "\n"; "<LF>"))
ALERT(Replace string(Replace string($f.getText("UTF-8"; Document with CR); "\r"; "<CR>"); "\n"; "<LF>"))
ALERT(String(Document unchanged)+String(Document with native format)+String(Document with CRLF)+String(Document with CR)+String(Document with LF))
// setContent writes the blob's bytes as they are, any byte included; getContent gives them back as a 4D.Blob.
var $raw : Blob
SET BLOB SIZE($raw; 4; 0)
$raw{1}:=255
$raw{3}:=10
$f.setContent($raw)
var $back : 4D.Blob
$back:=$f.getContent()
ALERT(String($back.size)+" "+String(OB Instance of($back; 4D.Blob)))
$bytes:=$back
ALERT(String($bytes{0})+" "+String($bytes{1})+" "+String($bytes{2})+" "+String($bytes{3}))
// A log file grows by rewriting it with its text and the new line.
var $log : 4D.File
$log:=$dir.file("app.log")
$log.setText("first\n")
$log.setText($log.getText()+"second\n")
ALERT(Replace string($log.getText(); "\n"; "|"))
// FileClass#delete: the file goes; deleting a missing file does nothing.
$f.delete()
ALERT(String($f.exists)+" "+String($f.size))
$f.delete()
// Reading a file that does not exist is an error.
Try
	ALERT($f.getText())
Catch
	ALERT("missing: "+String(Last errors.length>0))
End try
$dir.delete(Delete with contents)
ALERT(String($dir.exists))
