// An argument list borrowed from the process for one call and given back, emptied, when the call ends: calls in
// a loop reuse the storage of earlier ones instead of allocating a vector each.
#pragma once

#include <utility>
#include <vector>

#include "process/process.h"

namespace fourd {

class BorrowedArgs {
 public:
  explicit BorrowedArgs(Process& p) : p_(p) {
    if (!p_.spareArgLists.empty()) {
      list_ = std::move(p_.spareArgLists.back());
      p_.spareArgLists.pop_back();
    }
  }
  ~BorrowedArgs() {
    list_.clear();
    if (list_.capacity() > 0) p_.spareArgLists.push_back(std::move(list_));
  }
  BorrowedArgs(const BorrowedArgs&) = delete;
  BorrowedArgs& operator=(const BorrowedArgs&) = delete;

  std::vector<Value>& operator*() { return list_; }

 private:
  Process& p_;
  std::vector<Value> list_;
};

}  // namespace fourd
