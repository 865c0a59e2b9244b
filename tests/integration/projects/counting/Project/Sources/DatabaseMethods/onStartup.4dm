// A generous handshakeTimeout: the storm test wants every client upgraded, also under the sanitizers' slowdown.
WEB START SERVER
CALL WORKER("counting"; Formula(wss:=4D.WebSocketServer.new(cs.CountingServer.new(); {handshakeTimeout: 120})))
