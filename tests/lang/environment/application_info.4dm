// The host answers as 4D Server 20 R3 on Linux (README, "The headless host").
// Docs: commands-legacy/is-macos.md, commands-legacy/is-windows.md, commands-legacy/application-type.md,
// commands-legacy/application-version.md, commands-legacy/get-database-parameter.md
ALERT(String(Is macOS))
ALERT(String(Is Windows))
ALERT(String(Application type))
ALERT(String(Application type=4D Server))
ALERT(String(4D Local mode)+" "+String(4D Volume desktop)+" "+String(4D Desktop)+" "+String(4D Remote mode)+" "+String(tool4d))
// Short form: 4 characters, version 20, R3, revision 0.
var $version : Text
$version:=Application version
ALERT($version)
ALERT(String(Length($version)))
// Long form: 8 characters, "F" for a final version, then the short form in 5-8.
var $long : Text
$long:=Application version(*)
ALERT(String(Length($long)))
ALERT(Substring($long; 1; 1))
ALERT(Substring($long; 5))
// The build number comes back in the first argument.
var $build : Integer
$build:=-1
$version:=Application version($build)
ALERT(String($build>=0))
$long:=Application version($build; *)
ALERT(Substring($long; 5))
// Example 3 of the Application version page.
var $Txt_info; $Txt_major; $Txt_minor; $Txt_release : Text
$Txt_major:=$version[[1]]+$version[[2]]
$Txt_release:=$version[[3]]
$Txt_minor:=$version[[4]]
$Txt_info:="4D v"+$Txt_major
If ($Txt_release="0")
	$Txt_info:=$Txt_info+Choose($Txt_minor#"0"; "."+$Txt_minor; "")
Else
	$Txt_info:=$Txt_info+" R"+$Txt_release
End if
ALERT($Txt_info)
// Get database parameter: the server timeouts, the web port; a text value comes back in the last argument.
ALERT(String(4D Server timeout)+" "+String(4D Remote mode timeout)+" "+String(Port ID))
ALERT(String(Get database parameter(4D Server timeout)))
ALERT(String(Get database parameter(Port ID)))
var $text : Text
$text:="unchanged"
ALERT(String(Get database parameter(4D Server timeout; $text))+" ["+$text+"]")
