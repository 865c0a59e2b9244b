// What happens when a 4D error is raised: it goes on the process's error stack, then to the enclosing Try, the
// ON ERR CALL method, or the top level (printed to stderr, the call chain is aborted).
#pragma once

#include "process/process.h"
#include "values/errors.h"

namespace fourd {

struct Frame;

// Puts the error on the stack once, stamped with the method and line where it surfaced.
void recordError(Process& p, const Frame& f, ErrorInfo& info);

// Moves the deferred errors from index `first` on to the error stack.
void raiseDeferredFrom(Process& p, size_t first);

// The errors a Try block throws with `deferred: True` from the moment this is made: raised when it ends, dropped
// when an error ends it first (the error stack has them already).
class DeferredErrors {
 public:
  explicit DeferredErrors(Process& p) : p_(p), mark_(p.deferredErrors.size()) {}
  ~DeferredErrors() { drop(); }
  DeferredErrors(const DeferredErrors&) = delete;
  DeferredErrors& operator=(const DeferredErrors&) = delete;

  // Puts them on the error stack, which then holds them all ("the deferred option sends all errors at once",
  // developer.4d.com/docs/commands/throw), the last one last. False when there are none.
  bool raise() {
    if (p_.deferredErrors.size() == mark_) [[likely]]
      return false;
    raiseDeferredFrom(p_, mark_);
    return true;
  }
  void drop() {
    if (p_.deferredErrors.size() > mark_) [[unlikely]]
      p_.deferredErrors.resize(mark_);
  }

 private:
  Process& p_;
  const size_t mark_;
};

// A method's: those the activation numbered `serial` or one it called threw (a later activation has a higher
// serial). An activation only tests whether any is pending, which every call can afford where a mark could not.
// raiseFrameDeferred puts them on the error stack as raise() does and throws the last; dropFrameDeferred forgets
// them when an error ends the activation first.
void raiseFrameDeferred(Process& p, uint64_t serial);
void dropFrameDeferred(Process& p, uint64_t serial);

// Called where a statement failed. Returns when the ON ERR CALL method handled the error (execution continues
// with the next statement); otherwise rethrows the error (inside Try) or throws CallChainAborted.
void handleStatementError(Process& p, const Frame& f, RuntimeError& e);

}  // namespace fourd
