WEB START SERVER
CALL WORKER("lifecycle"; Formula(lifecycleServer:=4D.WebSocketServer.new(cs.LifecycleServer.new(); {path: "/life"})))
