// Deep copies with the options of OB Copy and collection.copy() (docs/commands-legacy/ob-copy.md,
// docs/API/CollectionClass.md#copy).
#pragma once

#include <cstdint>
#include <functional>

#include "values/value.h"

namespace fourd {

// The values of `ck resolve pointers` and `ck shared`. The 4D documentation names these constants without
// giving their numbers, so they are chosen here as distinct bits: `ck resolve pointers+ck shared` then asks for
// both, as the OB Copy documentation's Example 4 does.
constexpr int64_t kCopyResolvePointers = 1;
constexpr int64_t kCopyShared = 2;

struct CopyOptions {
  // Non-null: every object and collection of the copy is shared, in this group (ck shared, groupWith).
  Ref<SharedGroup> group;
  // Set: each pointer is replaced by a copy of the value it points to (ck resolve pointers).
  std::function<Value(const Value& pointer)> resolvePointer;
};

// A recursive copy of objects and collections that keeps their classes; without a group, shared sources give
// non-shared copies.
Value deepCopy(const Value& v, const CopyOptions& options);

}  // namespace fourd
