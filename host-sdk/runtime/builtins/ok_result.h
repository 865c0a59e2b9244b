// The OK system variable of the commands that report in it: 1 when the command succeeded, 0 when an error ended
// it, so that code an ON ERR CALL method lets go on reads the failure (`If (OK=1)` after the command).
#pragma once

#include "interp/call_context.h"

namespace fourd {

class OKResult {
 public:
  explicit OKResult(CallContext& ctx) : ctx_(ctx) {}
  ~OKResult() { ctx_.setOK(succeeded_); }
  OKResult(const OKResult&) = delete;
  OKResult& operator=(const OKResult&) = delete;

  void succeeded() { succeeded_ = true; }

 private:
  CallContext& ctx_;
  bool succeeded_ = false;
};

}  // namespace fourd
