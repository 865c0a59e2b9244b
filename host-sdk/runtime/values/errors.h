// A 4D runtime error as it travels through C++: thrown by commands and natives, caught by the evaluator, which
// pushes it on the process's error stack and hands it to ON ERR CALL, Try/Catch, or the top level.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace fourd {

struct ErrorInfo {
  int code = 0;
  std::string message;
  std::string component = "host";  // 4D's componentSignature: who raised it ("host", a plugin's name)
  std::string method;               // filled in by the evaluator where the error surfaced
  int line = 0;
};

// The most elements one operation may give a collection (or parameters a call) and the longest text it may
// build: 4D code asking for more gets 4D's "not enough memory" error instead of the host allocating without
// bound (a collection index or a repeat count is any number 4D code computes).
constexpr size_t kMaxElements = size_t(1) << 26;
constexpr size_t kMaxTextBytes = size_t(1) << 30;
constexpr int kNotEnoughMemory = -108;
// Code that does not parse, met when it runs (a formula's text, a project method): the host's code, as for an
// unknown command.
constexpr int kSyntaxError = -10722;

class RuntimeError : public std::runtime_error {
 public:
  explicit RuntimeError(ErrorInfo info) : std::runtime_error(info.message), info_(std::move(info)) {}
  RuntimeError(int code, std::string message) : RuntimeError(makeInfo(code, std::move(message))) {}
  const ErrorInfo& info() const { return info_; }
  ErrorInfo& info() { return info_; }

 private:
  static ErrorInfo makeInfo(int code, std::string message) {
    ErrorInfo info;
    info.code = code;
    info.message = std::move(message);
    return info;
  }
  ErrorInfo info_;
};

}  // namespace fourd
