// Collection member functions driven by a formula: filter, map, reduce, find, findIndex, every, some.
#include <algorithm>

#include "builtins/builtin_groups.h"
#include "builtins/collection_support.h"
#include "builtins/command_args.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

using Args = std::vector<Value>;

// Visits elements from `start`, calling the callback with $1.value; `onVerdict` returns false to stop early.
// Iterates over a snapshot so that a callback modifying the collection cannot invalidate the walk.
template <class OnVerdict>
void walk(CallContext& ctx, const Value& self, size_t start, const ElementCallback& callback, OnVerdict onVerdict) {
  std::vector<Value> items = selfItems(self).items;
  for (size_t i = start; i < items.size(); ++i) {
    Ref<ObjectData> param = ElementCallback::param(items[i]);
    Value verdict = callback.call(ctx, param);
    if (!onVerdict(i, items[i], verdict) || ElementCallback::stopRequested(*param)) break;
  }
}

// every/some/find/findIndex accept an optional startFrom before the formula.
struct SearchArgs {
  size_t start;
  size_t formulaIndex;
};

SearchArgs searchArgs(const Value& self, const Args& args, std::string_view what) {
  if (hasArg(args, 0) && args[0].isNumber()) {
    size_t length = selfItems(self).items.size();
    int64_t from = intArg(args, 0, what);
    return {from >= static_cast<int64_t>(length) ? length : clampIndex(from, length), 1};
  }
  return {0, 0};
}

Value filterFn(CallContext& ctx, const Value& self, Args& args) {
  ElementCallback callback(args, 0, "filter");
  std::vector<Value> kept;
  walk(ctx, self, 0, callback, [&](size_t, const Value& item, const Value& verdict) {
    if (isTruthy(verdict)) kept.push_back(item);
    return true;
  });
  return newCollectionOf(std::move(kept));
}

Value mapFn(CallContext& ctx, const Value& self, Args& args) {
  ElementCallback callback(args, 0, "map");
  std::vector<Value> mapped;
  mapped.reserve(selfItems(self).items.size());
  walk(ctx, self, 0, callback, [&](size_t, const Value&, const Value& verdict) {
    mapped.push_back(toStoredValue(verdict));
    return true;
  });
  return newCollectionOf(std::move(mapped));
}

// map() followed by flat() of depth 1.
Value flatMapFn(CallContext& ctx, const Value& self, Args& args) {
  ElementCallback callback(args, 0, "flatMap");
  std::vector<Value> mapped;
  walk(ctx, self, 0, callback, [&](size_t, const Value&, const Value& verdict) {
    if (verdict.isCollection()) {
      for (const Value& v : verdict.asCollection()->items) mapped.push_back(v);
    } else {
      mapped.push_back(toStoredValue(verdict));
    }
    return true;
  });
  return newCollectionOf(std::move(mapped));
}

// reduce(formula; initValue; params...): the extra parameters follow initValue, so set them apart first.
Value reduceOver(CallContext& ctx, const Value& self, Args& args, bool fromRight, std::string_view what) {
  Value accumulator = hasArg(args, 1) ? args[1] : Value();
  Args callbackArgs;
  if (!args.empty()) callbackArgs.push_back(args[0]);  // without it, ElementCallback raises the missing formula
  if (args.size() > 2) callbackArgs.insert(callbackArgs.end(), args.begin() + 2, args.end());
  ElementCallback callback(callbackArgs, 0, what);
  std::vector<Value> items = selfItems(self).items;
  if (fromRight) std::reverse(items.begin(), items.end());
  for (const Value& item : items) {
    Ref<ObjectData> param = ElementCallback::param(item);
    param->props.emplace_back("accumulator", accumulator);
    // The callback updates $1.accumulator; a formula may instead return the new accumulator.
    Value returned = callback.call(ctx, param);
    const Value* updated = param->find("accumulator");
    accumulator = !returned.isUndefined() ? returned : updated ? *updated : Value();
    if (ElementCallback::stopRequested(*param)) break;
  }
  return accumulator;
}

Value reduceFn(CallContext& ctx, const Value& self, Args& args) { return reduceOver(ctx, self, args, false, "reduce"); }
Value reduceRightFn(CallContext& ctx, const Value& self, Args& args) {
  return reduceOver(ctx, self, args, true, "reduceRight");
}

Value findFn(CallContext& ctx, const Value& self, Args& args) {
  SearchArgs search = searchArgs(self, args, "find");
  ElementCallback callback(args, search.formulaIndex, "find");
  Value found;
  walk(ctx, self, search.start, callback, [&](size_t, const Value& item, const Value& verdict) {
    if (!isTruthy(verdict)) return true;
    found = item;
    return false;
  });
  return found;
}

Value findIndexFn(CallContext& ctx, const Value& self, Args& args) {
  SearchArgs search = searchArgs(self, args, "findIndex");
  ElementCallback callback(args, search.formulaIndex, "findIndex");
  int64_t found = -1;
  walk(ctx, self, search.start, callback, [&](size_t i, const Value&, const Value& verdict) {
    if (!isTruthy(verdict)) return true;
    found = static_cast<int64_t>(i);
    return false;
  });
  return Value::longint(found);
}

Value everyFn(CallContext& ctx, const Value& self, Args& args) {
  SearchArgs search = searchArgs(self, args, "every");
  ElementCallback callback(args, search.formulaIndex, "every");
  // A startFrom past the end answers False without testing (an empty collection alone answers True).
  if (search.formulaIndex == 1 && search.start >= selfItems(self).items.size()) return Value::boolean(false);
  bool all = true;
  walk(ctx, self, search.start, callback, [&](size_t, const Value&, const Value& verdict) {
    all = isTruthy(verdict);
    return all;
  });
  return Value::boolean(all);
}

Value someFn(CallContext& ctx, const Value& self, Args& args) {
  SearchArgs search = searchArgs(self, args, "some");
  ElementCallback callback(args, search.formulaIndex, "some");
  bool any = false;
  walk(ctx, self, search.start, callback, [&](size_t, const Value&, const Value& verdict) {
    any = isTruthy(verdict);
    return !any;
  });
  return Value::boolean(any);
}

}  // namespace

void registerCollectionCallbackFunctions(Registry& r) {
  r.addCollectionFunction("filter", filterFn, CollectionAccess::ReadsIntoShared);
  r.addCollectionFunction("map", mapFn);
  r.addCollectionFunction("flatMap", flatMapFn);
  r.addCollectionFunction("reduce", reduceFn);
  r.addCollectionFunction("reduceRight", reduceRightFn);
  r.addCollectionFunction("find", findFn);
  r.addCollectionFunction("findIndex", findIndexFn);
  r.addCollectionFunction("every", everyFn);
  r.addCollectionFunction("some", someFn);
}

}  // namespace fourd
