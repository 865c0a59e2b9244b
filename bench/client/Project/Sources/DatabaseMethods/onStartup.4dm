// The 4D.WebSocket client of the benchmarks: bench/run.py runs a copy whose onStartup calls LoadClients or
// IdleClients with the echo server's URL.
