// What the interpreter offers to code it calls out to (built-in commands, classes, the plugin ABI): calling
// back into 4D code, and reaching the current worker from other threads.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "values/errors.h"
#include "values/value.h"

namespace fourd {

class CallContext;

// A worker's queue, reachable from any thread. Tasks run on the worker, one at a time, in posting order.
class Mailbox {
 public:
  virtual ~Mailbox() = default;
  // False when the worker is gone; the task is then destroyed without running.
  virtual bool post(std::function<void(CallContext&)> task) = 0;
  // Calls `ended` once, on any thread, when the worker stops taking tasks; see CloseWatchers::add.
  virtual std::shared_ptr<void> whenClosed(std::function<void()> ended) = 0;
};

class CallContext {
 public:
  virtual ~CallContext() = default;

  // Calls a formula (4D.Function) with `thisObject` as This. Errors propagate as RuntimeError.
  virtual Value callFormula(const Value& formula, const Value& thisObject, std::vector<Value> args) = 0;
  // object.member(args) with class dispatch and formula-valued properties. Errors propagate as RuntimeError.
  virtual Value callFunction(const Value& object, std::string_view member, std::vector<Value> args) = 0;
  // The project folder (holding Project/), for defaults such as the web server's WebFolder.
  virtual const std::string& projectFolder() const = 0;
  // Name of the current process or worker.
  virtual std::string_view processName() const = 0;
  // The current worker's queue. The host does not consider itself idle while anyone holds a keep-alive.
  virtual std::shared_ptr<Mailbox> mailbox() = 0;
  virtual std::shared_ptr<void> keepAlive() = 0;
  // The errors of the last failure, as `Last errors` gives them (collection of {errCode; message;
  // componentSignature}).
  virtual Value lastErrors() const = 0;
  // The OK system variable of the current process, which the commands that report in it set (see OKResult).
  virtual void setOK(bool succeeded) = 0;
};

}  // namespace fourd
