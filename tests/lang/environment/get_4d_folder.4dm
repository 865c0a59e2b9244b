// Get 4D folder: every folder is in the project (here the folder holding this method), as README "The
// headless host" lists them. Docs: commands-legacy/get-4d-folder.md (constants of the "4D Environment" theme;
// a folder path ends with its separator).
var $db : Text
$db:=Get 4D folder(Database folder)
ALERT(String($db[[Length($db)]]="/"))
ALERT(String(Position("/tests/lang/environment/"; $db)>0))
ALERT(String(Get 4D folder(Database folder Unix syntax)=$db))
ALERT(Replace string(Get 4D folder(Data folder); $db; "<db>/"))
ALERT(Replace string(Get 4D folder(Logs folder); $db; "<db>/"))
ALERT(Replace string(Get 4D folder(Current resources folder); $db; "<db>/"))
ALERT(Replace string(Get 4D folder(HTML Root folder); $db; "<db>/"))
ALERT(Replace string(Get 4D folder(MobileApps folder); $db; "<db>/"))
ALERT(Replace string(Get 4D folder(Active 4D Folder); $db; "<db>/"))
ALERT(String(Get 4D folder=Get 4D folder(Active 4D Folder)))
ALERT(String(Get 4D folder(Database folder; *)=$db))
// No licenses folder and no client folder on this server.
ALERT("["+Get 4D folder(Licenses folder)+"]")
ALERT("["+Get 4D folder(4D Client database folder)+"]")
ALERT(String(Active 4D Folder)+" "+String(Licenses folder)+" "+String(4D Client database folder)+" "+String(Database folder)+" "+String(Database folder Unix syntax)+" "+String(Current resources folder)+" "+String(Logs folder)+" "+String(HTML Root folder)+" "+String(Data folder)+" "+String(MobileApps folder))
