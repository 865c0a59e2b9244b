// $count clients, each keeping $inFlight echoes of $size bytes outstanding for $seconds; prints the echoes received
// within that time, as JSON, once every client has closed.
#DECLARE($url : Text; $count : Integer; $inFlight : Integer; $size : Integer; $seconds : Integer)
var $payload : Text
var $i : Integer
$payload:="x"
While (Length($payload)<$size)
	$payload:=$payload+$payload
End while
$payload:=Substring($payload; 1; $size)
loadCounted:=0
loadOpen:=$count
loadSeconds:=$seconds
loadDeadline:=Milliseconds+($seconds*1000)
For ($i; 1; $count)
	4D.WebSocket.new($url; cs.LoadClient.new($payload; $inFlight))
End for
