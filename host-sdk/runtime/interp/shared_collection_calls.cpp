#include "interp/shared_collection_calls.h"

#include "interp/members.h"
#include "process/shared_values.h"
#include "values/shared_access.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

Value detachedCopy(const CollectionData& c) {
  auto copy = make<CollectionData>();
  copy->items = *itemsOf(c);
  return Value::collection(std::move(copy));
}

}  // namespace

Value callOnSharedCollection(Process& p, MemberFn fn, CollectionAccess access, const Value& self,
                             std::vector<Value>& args) {
  CollectionData& c = *self.asCollection();
  SharedGroup* group = c.shared.get();
  if (access == CollectionAccess::Reads || access == CollectionAccess::ReadsIntoShared) {
    // Only the process inside Use may change the group, so it reads in place; any other reads a snapshot, as
    // the function may run 4D code (a callback), which must not run under the data lock.
    Value result = p.held.holds(group) ? fn(p, self, args) : fn(p, detachedCopy(c), args);
    // The result is new and holds the collection's own elements, which belong to its group.
    if (access == CollectionAccess::ReadsIntoShared && result.isCollection()) result.asCollection()->shared = c.shared;
    return result;
  }
  UseScope use(p.held, group);
  if (access == CollectionAccess::Changes) {
    for (Value& arg : args) arg = adoptIntoGroup(toStoredValue(std::move(arg)), c.shared);
    auto lock = writeLock(group);
    return fn(p, self, args);
  }
  // A reordering callback runs 4D code: it works on a copy, put in place at the end.
  Value work = detachedCopy(c);
  Value result = fn(p, work, args);
  auto lock = writeLock(group);
  c.items.swap(work.asCollection()->items);
  return result.identical(work) ? self : result;
}

}  // namespace fourd
