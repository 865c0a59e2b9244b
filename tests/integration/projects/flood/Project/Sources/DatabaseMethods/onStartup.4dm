// Inbound backpressure: clients that send faster than the handler takes their messages.
//   /flood         slow handler (2 ms per message); "?role=echo" gets a plain echo instead,
//                  on the same server, hence the same worker
//   /small         the same, with maxIncomingBuffer far below one message
WEB START SERVER
CALL WORKER("flood"; Formula(floodServer:=4D.WebSocketServer.new(cs.FloodServer.new(); {path: "/flood"})))
CALL WORKER("small"; Formula(smallServer:=4D.WebSocketServer.new(cs.FloodServer.new(); {path: "/small"; maxIncomingBuffer: 4096})))
