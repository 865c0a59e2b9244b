// One plugin callback or task invocation on a worker (fd_env): the CallContext it runs in, the storage its
// fd_value handles point into, and the error it raised.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "interp/call_context.h"
#include "plugins/abi_handles.h"
#include "values/class_def.h"

namespace fourd {

// A collection holding one {errCode; message; componentSignature} object, as `Last errors` shows an error.
Value errorCollection(const ErrorInfo& error);

class Env {
 public:
  // `component` is the plugin's name, the componentSignature of the errors it raises; it outlives the env.
  Env(CallContext& ctx, const std::string& component) : ctx_(ctx), component_(component) {}
  Env(const Env&) = delete;
  Env& operator=(const Env&) = delete;

  CallContext& context() const { return ctx_; }
  const std::string& component() const { return component_; }

  // A handle valid until the env ends (a deque never moves what it holds).
  fd_value hold(Value v) {
    handles_.push_back(std::move(v));
    return toHandle(&handles_.back());
  }
  // Keeps text alive until the env ends, for pointers handed to the plugin.
  const std::string& keep(std::string text) { return texts_.emplace_back(std::move(text)); }

  // throw_error: the first error raised wins; it is thrown when the callback returns.
  void raise(int code, std::string message);
  void throwIfRaised();

  // Runs `fn` (which calls into 4D code and returns a status); an error that 4D code did not handle becomes
  // FD_RAISED, and last_errors() then describes it.
  template <class Fn>
  fd_status guard(Fn&& fn);
  const Value& lastErrors() const { return lastErrors_; }

 private:
  CallContext& ctx_;
  const std::string& component_;
  std::deque<Value> handles_;
  std::deque<std::string> texts_;
  std::optional<ErrorInfo> raised_;
  Value lastErrors_;
};

template <class Fn>
fd_status Env::guard(Fn&& fn) {
  try {
    return fn();
  } catch (const RuntimeError& e) {
    lastErrors_ = errorCollection(e.info());
  } catch (...) {
    // The evaluator already reported the error and unwinds with its own exception; it must not cross the
    // plugin's C frames, so it ends here and the worker's error stack tells what happened.
    lastErrors_ = ctx_.lastErrors();
  }
  return FD_RAISED;
}

// Runs a plugin callback in a fresh env; the plugin's throw_error surfaces as a RuntimeError.
Value invokeCallback(CallContext& ctx, const std::string& component, fd_callback callback, void* data,
                     const Value* self, const std::vector<Value>& args);

}  // namespace fourd
