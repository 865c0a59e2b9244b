// Found by the evaluator fuzzer: DELAY PROCESS with a tick count too large for the clock (UBSan: a value outside
// the range of long) overflowed it. DELAY PROCESS (docs/commands-legacy/delay-process.md) delays a process by
// ticks; a delay this long is waited as long as the clock can count, and QUIT 4D ends it with the process.
CALL WORKER("sleeper"; Formula(DELAY PROCESS(Current process; 9007199254740993)))
DELAY PROCESS(Current process; 6)
ALERT("quitting")
QUIT 4D
