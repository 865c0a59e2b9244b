// One client, then, a second after it opened, $count more that stay idle: bench/run.py reads the host's memory at
// "baseline" and at "all open", and stops the host.
#DECLARE($url : Text; $count : Integer)
idleUrl:=$url
idleCount:=$count
idleOpen:=0
4D.WebSocket.new($url; cs.IdleClient.new(True))
