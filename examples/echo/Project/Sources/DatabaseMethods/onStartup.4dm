WEB START SERVER
CALL WORKER("echo"; Formula(startEchoServers))
