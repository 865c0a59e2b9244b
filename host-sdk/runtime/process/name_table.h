// Numbers the names of process and interprocess variables once, so that every process keeps its variables in a
// plain vector indexed by that number. Thread-safe: `Formula from string` may add names at run time.
#pragma once

#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace fourd {

class NameTable {
 public:
  int intern(std::string_view name);
  std::string name(int id) const;

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::string, int> ids_;
  std::deque<std::string> names_;
};

}  // namespace fourd
