// Found by the evaluator fuzzer: a process number far beyond any process (-1e308) overflowed its conversion
// (UBSan). It names no process: KILL WORKER and ABORT PROCESS BY ID then do nothing (commands/kill-worker,
// commands-legacy/abort-process-by-id) and Process state says the process does not exist
// (commands-legacy/process-state: Does not exist, -100).
KILL WORKER(-1e308)
ABORT PROCESS BY ID(1e308)
ALERT(String(Process state(1e308)))
ALERT(String(Process state(-1e308)=Does not exist))
ALERT("still running")
