#include "interp/error_handling.h"

#include <iostream>

#include "interp/engine.h"
#include "interp/frame.h"
#include "interp/invoke.h"
#include "interp/project.h"
#include "process/process.h"

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

void DeferredErrors::moveToErrorStack() {
  auto first = p_.deferredErrors.begin() + static_cast<std::ptrdiff_t>(mark_);
  p_.errors.assign(std::make_move_iterator(first), std::make_move_iterator(p_.deferredErrors.end()));
  p_.deferredErrors.erase(first, p_.deferredErrors.end());
}

void handleStatementError(Process& p, const Frame& f, RuntimeError& e) {
  recordError(p, f, e.info());
  if (p.tryDepth > 0) throw;
  if (!p.errorHandler.empty() && !p.inErrorHandler) {
    const CompiledFunction* handler = p.engine().project->method(p.errorHandler);
    if (handler) {
      p.handledError = e.info();
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
