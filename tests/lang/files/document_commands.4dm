// The legacy System Documents commands (docs/commands-legacy/<name>.md), with absolute paths (the platform's
// syntax: POSIX on Linux) in a folder this program makes and removes.
var $dir : Text
$dir:=Get 4D folder(Database folder)+"documents_tmp/"
// create-folder.md: with *, the hierarchy is made and a trailing document name is ignored.
CREATE FOLDER($dir+"sub/deeper/ignored.txt"; *)
// test-path-name.md: Is a document (1), Is a folder (0), a negative code (-43) when nothing is there.
ALERT(String(Test path name($dir+"sub/deeper"))+" "+String(Test path name($dir+"sub/deeper/ignored.txt")))
ALERT(String(Is a document)+" "+String(Is a folder))
// create-folder.md: without *, every enclosing folder must exist.
Try
	CREATE FOLDER($dir+"x/y/")
Catch
	ALERT("no hierarchy: "+String(Last errors.length>0))
End try
CREATE FOLDER($dir+"plain/")
ALERT(String(Test path name($dir+"plain/")))
// text-to-document.md: "by default 4D uses the UTF-8 character set without BOM"; line breaks are converted to the
// native format by default (LF on Linux, as on macOS); document-to-text.md reads it back.
TEXT TO DOCUMENT($dir+"a.txt"; "line 1\r\nline 2")
ALERT(String(Get document size($dir+"a.txt")))
ALERT(Replace string(Document to text($dir+"a.txt"); "\n"; "<LF>"))
// "If a Byte Order Mark (BOM) exists for the character set, 4D inserts it into the document".
TEXT TO DOCUMENT($dir+"b.txt"; "é"; "UTF-8")
ALERT(String(Get document size($dir+"b.txt"))+" "+Document to text($dir+"b.txt"))
TEXT TO DOCUMENT($dir+"c.txt"; "é\n"; "ISO-8859-1"; Document with CRLF)
ALERT(String(Get document size($dir+"c.txt"))+" "+String(Length(Document to text($dir+"c.txt"; "ISO-8859-1"; Document unchanged))))
// copy-document.md: into a folder (a path ending with the separator), under a new name, over an existing
// document only with *.
COPY DOCUMENT($dir+"a.txt"; $dir+"sub/")
COPY DOCUMENT($dir+"a.txt"; $dir+"sub/"; "renamed.txt")
ALERT(String(Test path name($dir+"sub/a.txt"))+" "+String(Test path name($dir+"sub/renamed.txt")))
Try
	COPY DOCUMENT($dir+"b.txt"; $dir+"sub/a.txt")
Catch
	ALERT("copy over: "+String(Last errors.length>0))
End try
COPY DOCUMENT($dir+"b.txt"; $dir+"sub/a.txt"; *)
ALERT(Document to text($dir+"sub/a.txt"))
// move-document.md
MOVE DOCUMENT($dir+"c.txt"; $dir+"plain/c.txt")
ALERT(String(Test path name($dir+"c.txt"))+" "+String(Test path name($dir+"plain/c.txt")))
// document-list.md: names by default; Recursive parsing gives subfolder paths starting with the separator;
// with Posix path, relative paths do not start with "/".
ARRAY TEXT($docs; 0)
DOCUMENT LIST($dir; $docs)
ALERT(String(Size of array($docs))+" "+$docs{1}+" "+$docs{2})
DOCUMENT LIST($dir; $docs; Recursive parsing)
SORT ARRAY($docs)
ALERT(String(Size of array($docs))+" "+$docs{1}+" "+$docs{3}+" "+$docs{4})
DOCUMENT LIST($dir; $docs; Recursive parsing+Posix path)
SORT ARRAY($docs)
ALERT($docs{1}+" "+$docs{3}+" "+$docs{4})
DOCUMENT LIST($dir+"plain/"; $docs; Absolute path)
ALERT(String($docs{1}=($dir+"plain/c.txt")))
// folder-list.md
ARRAY TEXT($folders; 0)
FOLDER LIST($dir; $folders)
ALERT(String(Size of array($folders))+" "+$folders{1}+" "+$folders{2})
// delete-document.md, delete-folder.md
DELETE DOCUMENT($dir+"a.txt")
ALERT(String(Test path name($dir+"a.txt")))
Try
	DELETE DOCUMENT($dir+"a.txt")
Catch
	ALERT("delete missing: "+String(Last errors.length>0))
End try
Try
	DELETE FOLDER($dir+"sub")
Catch
	ALERT("not empty: "+String(Last errors.length>0))
End try
DELETE FOLDER($dir; Delete with contents)
ALERT(String(Test path name($dir)))
// convert-path-system-to-posix.md, convert-path-posix-to-system.md: on Linux both syntaxes are POSIX.
ALERT(Convert path system to POSIX("/var/log/app.log")+" "+Convert path POSIX to system("/var/log/app.log"))
ALERT(Folder separator)
