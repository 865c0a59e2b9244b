// Soak server: every message is broadcast by 4D code to every connected client (the sender included).
WEB START SERVER
CALL WORKER("soak"; Formula(soakServer:=4D.WebSocketServer.new(cs.SoakServer.new(); {path: "/soak"})))
