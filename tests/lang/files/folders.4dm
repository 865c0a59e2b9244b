// Folders: create, list, copy, move, rename, delete (developer.4d.com/docs/API/FolderClass, Directory), in a
// folder this program makes and removes.
var $root : 4D.Folder
$root:=Folder("/PACKAGE/folders_tmp")
// FolderClass#create: the hierarchy is created; False when the folder exists.
ALERT(String($root.folder("a/b").create())+" "+String($root.exists)+" "+String($root.folder("a").create()))
$root.file("one.txt").setText("1")
$root.file("two.log").setText("2")
$root.file(".hidden").setText("h")
$root.file("a/three.txt").setText("3")
$root.file("a/b/four.txt").setText("4")
$root.folder(".cache").create()
// Directory#files: the first level by default, invisible files included; fk recursive adds the subfolders' files;
// fk ignore invisible leaves invisible files out.
var $names : Collection
$names:=$root.files().map(Formula($1.value.fullName)).orderBy()
ALERT($names.join(","))
$names:=$root.files(fk ignore invisible).map(Formula($1.value.fullName)).orderBy()
ALERT($names.join(","))
$names:=$root.files(fk recursive+fk ignore invisible).map(Formula($1.value.path)).orderBy()
ALERT(Replace string($names.join(","); "/PACKAGE/folders_tmp/"; ""))
ALERT(String(OB Instance of($root.files()[0]; 4D.File)))
// Directory#folders, likewise.
$names:=$root.folders().map(Formula($1.value.fullName)).orderBy()
ALERT($names.join(","))
$names:=$root.folders(fk recursive+fk ignore invisible).map(Formula($1.value.path)).orderBy()
ALERT(Replace string($names.join(","); "/PACKAGE/folders_tmp/"; ""))
ALERT(String(fk recursive)+" "+String(fk ignore invisible)+" "+String(fk overwrite))
// Directory#copyto: the copy keeps the name unless given one; a folder of that name already there is an error
// unless fk overwrite is passed.
var $copy : 4D.Folder
$copy:=$root.folder("a").copyTo($root; "a2")
ALERT($copy.path+" "+$copy.file("b/four.txt").getText())
Try
	$copy:=$root.folder("a").copyTo($root; "a2")
Catch
	ALERT("copy over a folder: "+String(Last errors.length>0))
End try
$copy:=$root.folder("a").copyTo($root; "a2"; fk overwrite)
ALERT(String($copy.exists))
// Document#copyto for a file, with fk overwrite and no new name.
var $file : 4D.File
$file:=$root.file("one.txt").copyTo($root.folder("a"))
ALERT($file.path+" "+$file.getText())
$file:=$root.file("one.txt").copyTo($root.folder("a"); fk overwrite)
ALERT(String($file.exists))
// The destination folder must exist (Document#copyto).
Try
	$file:=$root.file("one.txt").copyTo($root.folder("nowhere"))
Catch
	ALERT("no destination: "+String(Last errors.length>0))
End try
// FileClass#rename: the full name changes; a file of that name already there is an error.
$file:=$root.file("two.log").rename("two.txt")
ALERT($file.fullName+" "+String($root.file("two.log").exists)+" "+$file.getText())
Try
	$file:=$file.rename("one.txt")
Catch
	ALERT("rename over a file: "+String(Last errors.length>0))
End try
// FileClass#moveto and FolderClass#moveto, with a new name.
$file:=$root.file("two.txt").moveTo($root.folder("a/b"); "moved.txt")
ALERT(Replace string($file.path; "/PACKAGE/folders_tmp/"; "")+" "+String($root.file("two.txt").exists))
var $moved : 4D.Folder
$moved:=$root.folder("a2").moveTo($root.folder("a"))
ALERT(Replace string($moved.path; "/PACKAGE/folders_tmp/"; "")+" "+String($root.folder("a2").exists))
$moved:=$moved.rename("renamed")
ALERT(Replace string($moved.path; "/PACKAGE/folders_tmp/"; ""))
// FolderClass#delete: by default only an empty folder: error -47 otherwise, -120 when the folder does not exist;
// with Delete with contents everything goes, and a missing folder is no error.
Try
	$root.delete()
Catch
	ALERT("not empty: "+String(Last errors[0].errCode))
End try
Try
	$root.folder("missing").delete(Delete only if empty)
Catch
	ALERT("missing: "+String(Last errors[0].errCode))
End try
$root.folder(".cache").delete()
ALERT(String($root.folder(".cache").exists))
$root.delete(Delete with contents)
ALERT(String($root.exists))
$root.delete(Delete with contents)
ALERT(String(Delete only if empty)+" "+String(Delete with contents))
