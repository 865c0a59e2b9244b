#include "interp/console_output.h"

#include <cstdio>
#include <mutex>

namespace fourd {

void printText(std::string_view text) {
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

}  // namespace fourd
