// Pieces shared by the collection member functions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "builtins/registry.h"
#include "values/value.h"

namespace fourd {

CollectionData& selfItems(const Value& self);
Value newCollectionOf(std::vector<Value> items);

// 4D's rule for start/end indexes: negative counts from the end, then clamped to [0, length].
size_t clampIndex(int64_t index, size_t length);

// The value at a property path ("address.city") of an object element; Undefined when absent.
Value valueAtPath(const Value& element, std::string_view path);

// The order `.sort()` and `.orderBy()` use when given no formula: null < booleans < text < numbers < objects <
// collections; values of one type compare as `<` does (text case-insensitively); objects and collections keep
// their relative order. `exactText` (ck diacritical) tells case and accents apart.
int compareForSort(const Value& a, const Value& b, bool exactText = false);

// A formula (or method name) called for each element, as 4D's callback-taking collection functions do: $1 is an
// object with `value` (plus what the caller adds), $2... are the extra parameters passed after the formula.
class ElementCallback {
 public:
  ElementCallback(std::vector<Value>& args, size_t formulaIndex, std::string_view what);
  // Calls the callback with $1 = param. Its verdict is the formula's return value, or $1.result when the
  // callback returned nothing (a method setting $1.result).
  Value call(CallContext& ctx, Ref<ObjectData> param) const;
  static Ref<ObjectData> param(const Value& value);
  // True when the callback set $1.stop to True.
  static bool stopRequested(const ObjectData& param);

 private:
  Value formula_;
  std::vector<Value> extra_;
};

}  // namespace fourd
