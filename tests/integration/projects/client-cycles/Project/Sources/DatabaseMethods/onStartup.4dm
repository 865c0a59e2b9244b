// tests/integration/python/test_client_cycles.py drives the cycles through /driver; the clients connect to /echo.
WEB START SERVER
CALL WORKER("echo"; Formula(echo:=4D.WebSocketServer.new(cs.EchoServer.new(); New object("path"; "/echo"))))
CALL WORKER("driver"; Formula(driver:=4D.WebSocketServer.new(cs.DriverServer.new(); New object("path"; "/driver"))))
