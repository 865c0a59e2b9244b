WEB START SERVER
CALL WORKER("robust"; Formula(startProbeServers))
