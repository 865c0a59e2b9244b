#include "interp/error_handling.h"

#include <iostream>

#include "interp/engine.h"
#include "interp/frame.h"
#include "interp/invoke.h"
#include "interp/project.h"
#include "process/process.h"
#include "process/system_variables.h"

namespace fourd {

namespace {
bool alreadyRecorded(const ErrorInfo& info) { return info.line != 0 || !info.method.empty(); }
}  // namespace

void recordError(Process& p, const Frame& f, ErrorInfo& info) {
  if (alreadyRecorded(info)) return;
  info.method = std::string(f.name);
  info.line = f.line;
  if (p.tryDepth == 0 && !p.inErrorHandler && p.deferredErrors.empty()) p.errors.clear();
  p.errors.push_back(info);
}

void raiseDeferredFrom(Process& p, size_t first) {
  auto begin = p.deferredErrors.begin() + static_cast<std::ptrdiff_t>(first);
  p.errors.clear();
  for (auto it = begin; it != p.deferredErrors.end(); ++it) p.errors.push_back(std::move(it->info));
  p.deferredErrors.erase(begin, p.deferredErrors.end());
}

namespace {
size_t firstOfFrame(const Process& p, uint64_t serial) {
  size_t first = p.deferredErrors.size();
  while (first > 0 && p.deferredErrors[first - 1].frameSerial >= serial) --first;
  return first;
}
}  // namespace

void raiseFrameDeferred(Process& p, uint64_t serial) {
  size_t first = firstOfFrame(p, serial);
  if (first == p.deferredErrors.size()) return;
  raiseDeferredFrom(p, first);
  throw RuntimeError(p.errors.back());
}

void dropFrameDeferred(Process& p, uint64_t serial) { p.deferredErrors.resize(firstOfFrame(p, serial)); }

void handleStatementError(Process& p, const Frame& f, RuntimeError& e) {
  recordError(p, f, e.info());
  if (p.tryDepth > 0) throw;
  if (!p.errorHandler.empty() && !p.inErrorHandler) {
    const CompiledFunction* handler = p.engine().project->method(p.errorHandler);
    if (handler) {
      p.handledError = e.info();
      p.processVariable(kErrorVariable) = Value::longint(e.info().code);
      p.inErrorHandler = true;
      try {
        callMethod(p, *handler, {});
      } catch (...) {
        p.inErrorHandler = false;
        throw;
      }
      p.inErrorHandler = false;
      return;
    }
  }
  const ErrorInfo& info = e.info();
  std::cerr << "Error " << info.code << " in " << info.method << " line " << info.line << ": " << info.message
            << std::endl;
  throw CallChainAborted{};
}

}  // namespace fourd
