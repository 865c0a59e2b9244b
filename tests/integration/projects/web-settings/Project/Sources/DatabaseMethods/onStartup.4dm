// WEB Server.start($settings) as 4D documents it (developer.4d.com, API/WebServerClass, .start()): the settings
// this server cannot honour are refused by name and nothing starts; then honoured ones take effect.
var $web : Object
var $result : Object
$web:=WEB Server
$result:=$web.start(New object("HSTSEnabled"; True; "keepSession"; True; "colour"; "blue"; "isRunning"; True; "maxRequestSize"; 10; "HTTPPort"; 8080))
ALERT("refused: "+JSON Stringify($result))
ALERT("running after the refusal: "+String($web.isRunning))
$result:=$web.start(New object("IPAddressToListen"; "127.0.0.1"; "defaultHomepage"; "home.html"; "maxRequestSize"; 500000; "HTTPEnabled"; True; "HTTPSEnabled"; False; "keepSession"; False; "characterSet"; "UTF-8"; "CORSEnabled"; False))
ALERT("started: "+JSON Stringify($result))
ALERT("properties: "+$web.IPAddressToListen+" "+$web.defaultHomepage+" "+String($web.maxRequestSize)+" "+String($web.HTTPEnabled)+" "+String($web.HTTPSEnabled))
