// The folder constants and filesystems (developer.4d.com/docs/API/FolderClass#folder: fk data folder is
// "/DATA", fk database folder "/PACKAGE", fk logs folder "/LOGS", fk resources folder "/RESOURCES", fk web root
// folder "/PACKAGE/path" when within the package), with the project layout README "Files and folders" gives:
// developer.4d.com/docs/Concepts/paths#filesystem-pathnames ("/DATA" the data folder, "/LOGS" its Logs folder,
// "/PROJECT" and "/SOURCES" the Project folder and its Sources).
var $db : Text
$db:=Get 4D folder(Database folder)
ALERT(Folder(fk database folder).path+" "+Folder(fk data folder).path+" "+Folder(fk logs folder).path)
ALERT(Folder(fk resources folder).path+" "+Folder(fk web root folder).path)
ALERT(Replace string(Folder(fk logs folder).platformPath; $db; "<db>/"))
ALERT(Replace string(Folder("/PROJECT").platformPath; $db; "<db>/")+" "+Replace string(Folder("/SOURCES").platformPath; $db; "<db>/"))
// The folder of the project has its own name (developer.4d.com/docs/API/Directory#name).
ALERT(Folder(fk database folder).name)
ALERT(String(Folder(fk database folder).platformPath=$db))
// The same folders as Get 4D folder names.
ALERT(String(Folder(fk data folder).platformPath=Get 4D folder(Data folder))+" "+String(Folder(fk logs folder).platformPath=Get 4D folder(Logs folder)))
ALERT(String(Folder(fk resources folder).platformPath=Get 4D folder(Current resources folder))+" "+String(Folder(fk web root folder).platformPath=Get 4D folder(HTML Root folder)))
// This project's own source, seen from the filesystems.
ALERT(String(Folder("/SOURCES").file("DatabaseMethods/onStartup.4dm").exists)+" "+String(Folder(fk database folder).file("Project/Sources/DatabaseMethods/onStartup.4dm").exists))
ALERT(Folder("/SOURCES").folder("DatabaseMethods").files().map(Formula($1.value.fullName)).join(","))
// A log line appended in the logs folder (the folder is made when the first file is written in it).
var $log : 4D.File
$log:=Folder(fk logs folder).file("connections.log")
$log.setText("open 1\n")
$log.setText($log.getText()+"close 1\n")
ALERT(Replace string($log.getText(); "\n"; "|"))
ALERT(String(Folder(fk data folder).exists))
Folder(fk data folder).delete(Delete with contents)
ALERT(String(Folder(fk data folder).exists))
