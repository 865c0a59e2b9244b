// An argument list borrowed from the process for one call and given back, emptied, when the call ends: calls in
// a loop reuse the storage of earlier ones instead of allocating a vector each. Borrowing is scoped, so the
// lists form a stack (a call's arguments may themselves be calls).
#pragma once

#include <vector>

#include "process/process.h"

namespace fourd {

class BorrowedArgs {
 public:
  explicit BorrowedArgs(Process& p) : p_(p), list_(p.borrowArgList()) {}
  ~BorrowedArgs() { p_.returnArgList(list_); }
  BorrowedArgs(const BorrowedArgs&) = delete;
  BorrowedArgs& operator=(const BorrowedArgs&) = delete;

  std::vector<Value>& operator*() { return *list_; }

 private:
  Process& p_;
  std::vector<Value>* list_;
};

}  // namespace fourd
