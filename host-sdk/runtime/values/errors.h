// A 4D runtime error as it travels through C++: thrown by commands and natives, caught by the evaluator, which
// pushes it on the process's error stack and hands it to ON ERR CALL, Try/Catch, or the top level.
#pragma once

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
