// SET ASSERT ENABLED (commands-legacy/set-assert-enabled.md): without `*` it applies to every process, those
// created afterwards included; with `*` to the current process only. Get assert enabled
// (commands-legacy/get-assert-enabled.md) reads the setting of the process that calls it.
SET ASSERT ENABLED(False)
SET ASSERT ENABLED(True; *)
ALERT("main "+String(Get assert enabled))
CALL WORKER("assertWorker"; Formula(ALERT("worker "+String(Get assert enabled))))
