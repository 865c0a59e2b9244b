// A client of /feed only listens; what it sends is ignored.
Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
