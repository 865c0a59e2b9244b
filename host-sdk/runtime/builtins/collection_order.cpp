// Collection member functions about order: sort, multiSort, orderBy, distinct, min, max.
#include <algorithm>
#include <optional>
#include <string>

#include "builtins/builtin_groups.h"
#include "builtins/collection_sort_keys.h"
#include "builtins/collection_support.h"
#include "builtins/command_args.h"
#include "values/shared_access.h"
#include "values/text_fold.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

using Args = std::vector<Value>;

constexpr int64_t kDescending = 1;      // ck descending
constexpr int64_t kDiacritical = 8;     // ck diacritical
constexpr int64_t kCountValues = 32;    // ck count values

// Stable merge sort that stays well-defined whatever the comparator answers (a user formula need not be a strict
// weak order), and leaves `items` untouched if the comparator throws.
template <class Less>
void mergeSort(std::vector<Value>& items, Less less) {
  std::vector<Value> a = items, b(items.size());
  for (size_t width = 1; width < a.size(); width *= 2) {
    for (size_t lo = 0; lo < a.size(); lo += 2 * width) {
      size_t mid = std::min(lo + width, a.size()), hi = std::min(lo + 2 * width, a.size());
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) b[k++] = less(a[j], a[i]) ? a[j++] : a[i++];
      while (i < mid) b[k++] = a[i++];
      while (j < hi) b[k++] = a[j++];
    }
    a.swap(b);
  }
  items.swap(a);
}

// Sorts `items` with a 4D callback: $1.value, $1.value2, verdict True when value < value2.
void sortWithCallback(CallContext& ctx, std::vector<Value>& items, std::vector<Value>& args, std::string_view what) {
  ElementCallback callback(args, 0, what);
  mergeSort(items, [&](const Value& a, const Value& b) {
    Ref<ObjectData> param = ElementCallback::param(a);
    param->props.emplace_back("value2", b);
    return isTruthy(callback.call(ctx, param));
  });
}

Value sortFn(CallContext& ctx, const Value& self, Args& args) {
  auto& items = selfItems(self).items;
  if (args.empty() || args[0].isNumber()) {
    bool descending = !args.empty() && intArg(args, 0, "sort") == kDescending;
    std::stable_sort(items.begin(), items.end(), [descending](const Value& a, const Value& b) {
      int c = compareForSort(a, b);
      return descending ? c > 0 : c < 0;
    });
  } else {
    sortWithCallback(ctx, items, args, "sort");
  }
  return self;
}

Value orderByMethodFn(CallContext& ctx, const Value& self, Args& args) {
  std::vector<Value> items = selfItems(self).items;
  sortWithCallback(ctx, items, args, "orderByMethod");
  return newCollectionOf(std::move(items));
}

std::vector<SortKey> orderByKeys(const Args& args) {
  if (!hasArg(args, 0)) return {SortKey{}};
  const Value& criteria = args[0];
  if (criteria.isNumber()) return {SortKey{"", intArg(args, 0, "orderBy") == kDescending}};
  if (criteria.isText()) return parseSortCriteria(criteria.asText(), "orderBy");
  if (criteria.isCollection()) {
    std::vector<SortKey> keys;
    for (const Value& c : criteria.asCollection()->items) {
      SortKey key;
      key.path = toText(valueAtPath(c, "propertyPath"));
      key.descending = isTruthy(valueAtPath(c, "descending"));
      keys.push_back(std::move(key));
    }
    return keys;
  }
  throwTypeError("orderBy", 0, "a Text, a Collection or ck ascending/ck descending");
}

Value orderByFn(CallContext&, const Value& self, Args& args) {
  return newCollectionOf(orderedByKeys(selfItems(self).items, orderByKeys(args)));
}

// One collection of multiSort's colsToSort: kept in step with the sorted collection, and a sort level after it.
struct SyncedCollection {
  CollectionData* collection;
  std::vector<Value> items;  // as they were before the sort: the formula may change the collections meanwhile
  bool descending;
};

std::vector<SyncedCollection> syncedCollections(const Value& colsToSort, size_t length) {
  std::vector<SyncedCollection> synced;
  auto entries = itemsOf(*colsToSort.asCollection());
  for (const Value& entry : *entries) {
    Value collection = entry.isObject() ? valueAtPath(entry, "collection") : entry;
    if (!collection.isCollection())
      throw RuntimeError(error_code::kTypeMismatch,
                         "multiSort: colsToSort holds collections or {collection; order} objects");
    CollectionData* c = collection.asCollection();
    if (c->shared)
      throw RuntimeError(error_code::kInvalidArgument, "multiSort: a shared collection in colsToSort is not supported");
    if (c->items.size() != length)
      throw RuntimeError(error_code::kInvalidArgument,
                         "multiSort: a collection of colsToSort has " + std::to_string(c->items.size()) +
                             " elements where the sorted one has " + std::to_string(length));
    bool descending = entry.isObject() && toNumber(valueAtPath(entry, "order")) == kDescending;
    synced.push_back({c, c->items, descending});
  }
  return synced;
}

// .multiSort({formula;} {colsToSort}): sorts the collection (by the formula's "less than", else as .sort() does)
// and puts every collection of colsToSort in the same order; ties are broken by the collections of colsToSort in
// turn (developer.4d.com/docs/API/CollectionClass#multisort, 20 R3). The page calls a plain collection of
// colsToSort "synchronization" only, yet its Example 2 shows it ordering ties ascending; this follows the example.
Value multiSortFn(CallContext& ctx, const Value& self, Args& args) {
  const std::vector<Value> items = selfItems(self).items;
  bool withFormula = hasArg(args, 0) && !args[0].isCollection();
  size_t colsIndex = withFormula ? 1 : 0;
  std::vector<SyncedCollection> synced;
  if (hasArg(args, colsIndex)) {
    if (!args[colsIndex].isCollection()) throwTypeError("multiSort", colsIndex, "a collection of collections");
    synced = syncedCollections(args[colsIndex], items.size());
  }
  Args formulaOnly(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(colsIndex));
  std::optional<ElementCallback> callback;
  if (withFormula) callback.emplace(formulaOnly, 0, "multiSort");
  auto formulaLess = [&](const Value& a, const Value& b) {
    Ref<ObjectData> param = ElementCallback::param(a);
    param->props.emplace_back("value2", b);
    return isTruthy(callback->call(ctx, param));
  };
  std::vector<Value> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = Value::longint(static_cast<int64_t>(i));
  mergeSort(order, [&](const Value& x, const Value& y) {
    auto i = static_cast<size_t>(x.asLongint()), j = static_cast<size_t>(y.asLongint());
    if (callback) {
      if (formulaLess(items[i], items[j])) return true;
      if (formulaLess(items[j], items[i])) return false;
    } else if (int c = compareForSort(items[i], items[j])) {
      return c < 0;
    }
    for (const SyncedCollection& level : synced) {
      int c = compareForSort(level.items[i], level.items[j]);
      if (c) return level.descending ? c > 0 : c < 0;
    }
    return false;
  });
  auto permuted = [&](const std::vector<Value>& from) {
    std::vector<Value> to;
    to.reserve(from.size());
    for (const Value& index : order) to.push_back(from[static_cast<size_t>(index.asLongint())]);
    return to;
  };
  for (const SyncedCollection& level : synced) level.collection->items = permuted(level.items);
  selfItems(self).items = permuted(items);
  return self;
}

bool sameDistinctValue(const Value& a, const Value& b, bool exact) {
  if (a.isText() && b.isText()) return exact ? a.asText() == b.asText() : equalTextFolded(a.asText(), b.asText());
  if (a.isNumber() && b.isNumber()) return a.asNumber() == b.asNumber();
  return a.identical(b);
}

Value distinctFn(CallContext&, const Value& self, Args& args) {
  size_t optionIndex = hasArg(args, 0) && args[0].isText() ? 1 : 0;
  std::string path = optionIndex ? args[0].asText() : std::string();
  int64_t options = hasArg(args, optionIndex) ? intArg(args, optionIndex, "distinct") : 0;
  bool exact = options & kDiacritical;
  std::vector<Value> values;
  for (const Value& item : selfItems(self).items) {
    Value v = path.empty() ? item : valueAtPath(item, path);
    if (!v.isNull() && !v.isUndefined()) values.push_back(std::move(v));
  }
  std::stable_sort(values.begin(), values.end(),
                   [&](const Value& a, const Value& b) { return compareForSort(a, b, exact) < 0; });
  std::vector<Value> out;
  std::vector<int64_t> counts;
  for (Value& v : values) {
    if (!out.empty() && sameDistinctValue(out.back(), v, exact)) {
      ++counts.back();
      continue;
    }
    out.push_back(std::move(v));
    counts.push_back(1);
  }
  if (options & kCountValues) {
    for (size_t i = 0; i < out.size(); ++i) {
      auto entry = make<ObjectData>();
      entry->props.emplace_back("value", out[i]);
      entry->props.emplace_back("count", Value::real(static_cast<double>(counts[i])));
      out[i] = Value::object(std::move(entry));
    }
  }
  return newCollectionOf(std::move(out));
}

// min/max: the first/last element as .sort() would order them (nulls aside); equal objects keep their order, so
// max() of objects is the last one (4D: "the last element of the collection as it would be sorted").
Value extreme(const Value& self, const Args& args, bool wantMax, std::string_view what) {
  std::string path = hasArg(args, 0) ? textArg(args, 0, what) : std::string();
  Value best;
  for (const Value& item : selfItems(self).items) {
    Value v = path.empty() ? item : valueAtPath(item, path);
    if (v.isNull() || v.isUndefined()) continue;
    int c = best.isUndefined() ? 0 : compareForSort(v, best);
    if (best.isUndefined() || (wantMax ? c >= 0 : c < 0)) best = v;
  }
  return best;
}

Value minFn(CallContext&, const Value& self, Args& args) { return extreme(self, args, false, "min"); }
Value maxFn(CallContext&, const Value& self, Args& args) { return extreme(self, args, true, "max"); }

}  // namespace

void registerCollectionOrderFunctions(Registry& r) {
  r.addCollectionFunction("sort", sortFn, CollectionAccess::Reorders);
  r.addCollectionFunction("multiSort", multiSortFn, CollectionAccess::Reorders);
  r.addCollectionFunction("orderBy", orderByFn);
  r.addCollectionFunction("orderByMethod", orderByMethodFn);
  r.addCollectionFunction("distinct", distinctFn);
  r.addCollectionFunction("min", minFn);
  r.addCollectionFunction("max", maxFn);
}

}  // namespace fourd
