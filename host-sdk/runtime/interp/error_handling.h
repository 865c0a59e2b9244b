// What happens when a 4D error is raised: it goes on the process's error stack, then to the enclosing Try, the
// ON ERR CALL method, or the top level (printed to stderr, the call chain is aborted).
#pragma once

#include "values/errors.h"

namespace fourd {

class Process;
struct Frame;

// Puts the error on the stack once, stamped with the method and line where it surfaced.
void recordError(Process& p, const Frame& f, ErrorInfo& info);
// Moves the errors thrown deferred since `mark` (a size of p.deferredErrors) onto the error stack, which then
// holds them all ("the deferred option sends all errors at once", developer.4d.com/docs/commands/throw): the
// Try block or the method that threw them is ending.
void raiseDeferredErrors(Process& p, size_t mark);
// Called where a statement failed. Returns when the ON ERR CALL method handled the error (execution continues
// with the next statement); otherwise rethrows the error (inside Try) or throws CallChainAborted.
void handleStatementError(Process& p, const Frame& f, RuntimeError& e);

}  // namespace fourd
