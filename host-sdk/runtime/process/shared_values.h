// Shared objects and collections: reachable from every process, changed only inside Use...End use, which locks
// the recursive mutex of the value's group.
#pragma once

#include <mutex>
#include <vector>

#include "values/class_def.h"

namespace fourd {

Value newSharedObject();
Value newSharedCollection();

// The group lock of a shared object or collection; null for anything else.
SharedGroup* sharedGroupOf(const Value& v);

// What a shared container stores when `v` is put into it: a non-shared object or collection is copied into
// `group` (4D attaches it to the container's group); scalars and already shared values are kept.
Value adoptIntoGroup(const Value& v, const Ref<SharedGroup>& group);

// The groups a process holds through Use: a modification of a shared value outside them is an error.
class HeldGroups {
 public:
  void enter(SharedGroup* g) {
    g->mutex.lock();
    held_.push_back(g);
  }
  void leave(SharedGroup* g) {
    for (auto it = held_.rbegin(); it != held_.rend(); ++it) {
      if (*it == g) {
        held_.erase(std::next(it).base());
        break;
      }
    }
    g->mutex.unlock();
  }
  bool holds(const SharedGroup* g) const {
    for (const SharedGroup* h : held_)
      if (h == g) return true;
    return false;
  }

 private:
  std::vector<SharedGroup*> held_;
};

// Use...End use for as long as it lives; 4D's changing collection functions also take it, internally.
class UseScope {
 public:
  UseScope(HeldGroups& held, SharedGroup* group) : held_(held), group_(group) { held_.enter(group_); }
  ~UseScope() { held_.leave(group_); }
  UseScope(const UseScope&) = delete;
  UseScope& operator=(const UseScope&) = delete;

 private:
  HeldGroups& held_;
  SharedGroup* group_;
};

// Throws the 4D error for changing a shared value outside Use...End use.
void requireHeld(const HeldGroups& held, const SharedGroup* group);

}  // namespace fourd
