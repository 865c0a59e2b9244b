// File and Folder objects are path handles: nothing is on disk until create() (developer.4d.com/docs/API/FileClass:
// "a valid File object is created but nothing is actually stored on disk until you call file.create()").
// Here the project folder ("/PACKAGE", developer.4d.com/docs/Concepts/paths#filesystem-pathnames) is the
// folder holding this method; README "Files and folders" lays out the other filesystems.
var $db : Text
$db:=Get 4D folder(Database folder)
var $f : 4D.File
$f:=File("/PACKAGE/paths_tmp/Archives/report.2024.txt")
ALERT($f.path)
ALERT(Replace string($f.platformPath; $db; "<db>/"))
// developer.4d.com/docs/API/Document#name, #extension, #fullname: the name without the extension, the extension
// starting with ".", the full name with it.
ALERT($f.name+" | "+$f.extension+" | "+$f.fullName)
ALERT(String($f.isFile)+" "+String($f.isFolder)+" "+String($f.exists))
// developer.4d.com/docs/API/Document#size: 0 when the file does not exist.
ALERT(String($f.size))
ALERT(String(OB Instance of($f; 4D.File))+" "+String(OB Instance of($f; 4D.Folder)))
// developer.4d.com/docs/API/Document#parent: the parent folder object, in the same filesystem.
var $parent : 4D.Folder
$parent:=$f.parent
ALERT($parent.path+" "+$parent.name+" "+String($parent.isFolder))
ALERT($parent.parent.parent.path)
// A folder's path ends with "/" (developer.4d.com/docs/API/Directory#path); the extension is "" without a dot.
var $folder : 4D.Folder
$folder:=Folder("/PACKAGE/paths_tmp/Archives")
ALERT($folder.path+" ["+$folder.extension+"] "+$folder.fullName)
// developer.4d.com/docs/API/Directory#file, #folder: relative POSIX paths from the folder; "../" moves up.
ALERT($folder.file("Jan/a.txt").path)
ALERT($folder.folder("../Other").path)
ALERT(String($folder.file("x.txt").parent.path=$folder.path))
// 4D.File.new() is identical to File (developer.4d.com/docs/API/FileClass#4dfilenew).
ALERT(4D.File.new("/PACKAGE/a.txt").path+" "+4D.Folder.new("/PACKAGE/b").path)
// A platform path (fk platform path; on Linux it is POSIX) gives the same file; its path is the absolute one.
var $abs : 4D.File
$abs:=File($db+"paths_tmp/x.txt"; fk platform path)
ALERT(Replace string($abs.path; $db; "<db>/"))
ALERT(String($abs.platformPath=File("/PACKAGE/paths_tmp/x.txt").platformPath))
ALERT(String(fk posix path)+" "+String(fk platform path))
// Only absolute pathnames are supported (developer.4d.com/docs/Concepts/paths#file-and-folder-constructors).
Try
	$f:=File("relative.txt")
Catch
	ALERT("relative: "+String(Last errors.length>0))
End try
// developer.4d.com/docs/API/Document#hidden: a dot file is invisible on Linux.
ALERT(String(File("/PACKAGE/.profile").hidden)+" "+String($f.hidden))
// developer.4d.com/docs/API/Directory#original: the same object for a folder; #isalias: false.
ALERT(String($folder.original.path=$folder.path)+" "+String($folder.isAlias))
