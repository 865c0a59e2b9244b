// Logs every callback of a 4D.WebSocket on stdout, one line each, for tests/integration/python/test_client.py,
// which writes the onStartup of each case. The constructor's options become properties: the connectionHandler's
// own (dataType, headers, protocols, connectTimeout…) and what this handler does (sends, blobs, bigText on open;
// terminate after so many messages; stop the web server at the end).
property sends : Collection
property blobs : Collection
property bigText : Integer
property terminateAfter : Integer
property terminateCode : Integer
property terminateReason : Text
property stopWebServer : Boolean
property received : Integer
property raiseOnMessage : Boolean

Class constructor($options : Object)
	var $key : Text
	This.sends:=New collection
	This.blobs:=New collection
	This.received:=0
	This.bigText:=0
	This.terminateAfter:=0
	This.terminateCode:=0
	This.raiseOnMessage:=False
	If ($options#Null)
		For each ($key; $options)
			This[$key]:=$options[$key]
		End for each
	End if

Function onOpen($ws : 4D.WebSocket; $event : Object)
	var $message : Variant
	var $text : Text
	var $blob : Blob
	ALERT("open "+$ws.status+" ["+$ws.protocol+"] in "+Current process name)
	// For the cases that must wait for the open before they act (a fixed delay is too short on a loaded machine).
	Use (Storage)
		Storage.opened:=True
	End use
	For each ($message; This.sends)
		$ws.send($message)
	End for each
	For each ($text; This.blobs)
		CONVERT FROM TEXT($text; "UTF-8"; $blob)
		$ws.send($blob)
	End for each
	If (This.bigText>0)
		$text:="0123456789abcdef"
		While (Length($text)<This.bigText)
			$text:=$text+$text
		End while
		$ws.send(Substring($text; 1; This.bigText))
	End if

Function onMessage($ws : 4D.WebSocket; $event : Object)
	var $data : Variant
	$data:=$event.data
	This.received:=This.received+1
	If (This.raiseOnMessage)
		ALERT("raising on "+String($event.data))
		throw(4242; "the handler failed")
	End if
	Case of
		: (Value type($data)=Is text)
			If (Length($data)>200)
				ALERT("message text of "+String(Length($data))+" characters")
			Else
				ALERT("message text "+$data)
			End if
		: (OB Instance of($data; 4D.Blob))
			If (BLOB size($data)>200)
				ALERT("message blob of "+String(BLOB size($data))+" bytes")
			Else
				ALERT("message blob "+Convert to text($data; "UTF-8"))
			End if
		Else
			ALERT("message object "+JSON Stringify($data))
	End case
	If (This.terminateAfter>0) && (This.received=This.terminateAfter)
		If (This.terminateCode>0)
			$ws.terminate(This.terminateCode; This.terminateReason)
		Else
			$ws.terminate()
		End if
		ALERT("terminating "+$ws.status)
	End if

Function onError($ws : 4D.WebSocket; $event : Object)
	ALERT("error "+String($event.errors[0].errCode)+" "+$event.errors[0].message)

Function onTerminate($ws : 4D.WebSocket; $event : Object)
	ALERT("terminate "+String($event.code)+" ["+$event.reason+"] "+$ws.status)
	If (This.stopWebServer)
		WEB STOP SERVER
	End if
