// Collection member functions that need no callback.
#include <algorithm>
#include <cmath>

#include "builtins/builtin_groups.h"
#include "builtins/collection_support.h"
#include "builtins/command_args.h"
#include "values/shared_access.h"
#include "values/text_fold.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

using Args = std::vector<Value>;

Value lengthFn(CallContext&, const Value& self, Args&) {
  return Value::longint(static_cast<int64_t>(selfItems(self).items.size()));
}

Value pushFn(CallContext&, const Value& self, Args& args) {
  auto& items = selfItems(self).items;
  for (Value& v : args) items.push_back(toStoredValue(std::move(v)));
  return self;
}

Value popFn(CallContext&, const Value& self, Args&) {
  auto& items = selfItems(self).items;
  if (items.empty()) return Value();
  Value last = std::move(items.back());
  items.pop_back();
  return last;
}

Value shiftFn(CallContext&, const Value& self, Args&) {
  auto& items = selfItems(self).items;
  if (items.empty()) return Value();
  Value first = std::move(items.front());
  items.erase(items.begin());
  return first;
}

Value unshiftFn(CallContext&, const Value& self, Args& args) {
  auto& items = selfItems(self).items;
  for (Value& v : args) v = toStoredValue(std::move(v));
  items.insert(items.begin(), std::make_move_iterator(args.begin()), std::make_move_iterator(args.end()));
  return self;
}

Value insertFn(CallContext&, const Value& self, Args& args) {
  auto& items = selfItems(self).items;
  size_t at = clampIndex(intArg(args, 0, "insert"), items.size());
  items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), hasArg(args, 1) ? toStoredValue(args[1]) : Value());
  return self;
}

Value removeFn(CallContext&, const Value& self, Args& args) {
  auto& items = selfItems(self).items;
  size_t at = clampIndex(intArg(args, 0, "remove"), items.size());
  int64_t howMany = hasArg(args, 1) ? intArg(args, 1, "remove") : 1;
  size_t count = std::min(static_cast<size_t>(std::max<int64_t>(howMany, 0)), items.size() - at);
  auto first = items.begin() + static_cast<std::ptrdiff_t>(at);
  items.erase(first, first + static_cast<std::ptrdiff_t>(count));
  return self;
}

Value clearFn(CallContext&, const Value& self, Args&) {
  selfItems(self).items.clear();
  return self;
}

// Where a forward search starts: startFrom >= length means "not searched", negative counts from the end.
size_t searchStart(const Args& args, size_t index, size_t length, std::string_view what) {
  if (!hasArg(args, index)) return 0;
  int64_t from = intArg(args, index, what);
  if (from >= static_cast<int64_t>(length)) return length;
  return clampIndex(from, length);
}

int64_t indexOf(const Value& self, const Args& args, std::string_view what) {
  const auto& items = selfItems(self).items;
  Value target = hasArg(args, 0) ? args[0] : Value();
  for (size_t i = searchStart(args, 1, items.size(), what); i < items.size(); ++i)
    if (valuesEqual(items[i], target)) return static_cast<int64_t>(i);
  return -1;
}

Value indexOfFn(CallContext&, const Value& self, Args& args) { return Value::longint(indexOf(self, args, "indexOf")); }

Value includesFn(CallContext&, const Value& self, Args& args) {
  return Value::boolean(indexOf(self, args, "includes") >= 0);
}

// Searches right to left from startFrom (default: the end). As documented, startFrom = 0 or a start still
// negative after adding the length searches nothing.
Value lastIndexOfFn(CallContext&, const Value& self, Args& args) {
  const auto& items = selfItems(self).items;
  Value target = hasArg(args, 0) ? args[0] : Value();
  auto last = static_cast<int64_t>(items.size()) - 1;
  int64_t from = last;
  if (hasArg(args, 1)) {
    from = intArg(args, 1, "lastIndexOf");
    if (from == 0) return Value::longint(-1);
    if (from < 0) from += static_cast<int64_t>(items.size());
  }
  for (int64_t i = std::min(from, last); i >= 0; --i)
    if (valuesEqual(items[static_cast<size_t>(i)], target)) return Value::longint(i);
  return Value::longint(-1);
}

Value countValuesFn(CallContext&, const Value& self, Args& args) {
  std::string path = hasArg(args, 1) ? textArg(args, 1, "countValues") : std::string();
  double n = 0;
  for (const Value& item : selfItems(self).items)
    if (valuesEqual(path.empty() ? item : valueAtPath(item, path), args[0])) ++n;
  return Value::real(n);
}

Value joinFn(CallContext&, const Value& self, Args& args) {
  const std::string& delimiter = textArg(args, 0, "join");
  bool skipEmpty = hasArg(args, 1) && (intArg(args, 1, "join") & 1);
  std::string out;
  bool first = true;
  for (const Value& item : selfItems(self).items) {
    bool nullish = item.isNull() || item.isUndefined();
    std::string text = nullish ? "null" : toText(item);
    if (skipEmpty && (nullish || text.empty())) continue;
    if (!first) out += delimiter;
    first = false;
    out += text;
  }
  return Value::text(std::move(out));
}

Value sliceFn(CallContext&, const Value& self, Args& args) {
  const auto& items = selfItems(self).items;
  size_t start = hasArg(args, 0) ? clampIndex(intArg(args, 0, "slice"), items.size()) : 0;
  size_t end = hasArg(args, 1) ? clampIndex(intArg(args, 1, "slice"), items.size()) : items.size();
  if (end <= start) return newCollectionOf({});
  return newCollectionOf(std::vector<Value>(items.begin() + static_cast<std::ptrdiff_t>(start),
                                            items.begin() + static_cast<std::ptrdiff_t>(end)));
}

// Deep comparison for .equal(): text case- and accent-insensitive unless `exact` (ck diacritical); Null and
// Undefined differ, as documented.
bool deepEqual(const Value& a, const Value& b, bool exact, int depth) {
  if (depth > 1000) throw RuntimeError(error_code::kInvalidArgument, "equal: the values are too deep or circular");
  if (a.isNumber() && b.isNumber()) return a.asNumber() == b.asNumber();
  if (a.kind() != b.kind()) return false;
  if (a.isText()) return exact ? a.asText() == b.asText() : equalTextFolded(a.asText(), b.asText());
  if (a.isCollection()) {
    auto xItems = itemsOf(*a.asCollection()), yItems = itemsOf(*b.asCollection());
    const auto &x = *xItems, &y = *yItems;
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (!deepEqual(x[i], y[i], exact, depth + 1)) return false;
    return true;
  }
  if (a.isObject()) {
    auto defined = [](const auto& props) {
      size_t n = 0;
      for (const auto& [key, value] : props) n += !value.isUndefined();
      return n;
    };
    if (a.identical(b)) return true;
    auto xProps = propsOf(*a.asObject()), yProps = propsOf(*b.asObject());
    if (defined(*xProps) != defined(*yProps)) return false;
    for (const auto& property : *xProps) {
      if (property.second.isUndefined()) continue;
      auto other = std::find_if(yProps->begin(), yProps->end(),
                                [&](const auto& candidate) { return candidate.first == property.first; });
      if (other == yProps->end() || !deepEqual(property.second, other->second, exact, depth + 1)) return false;
    }
    return true;
  }
  return a.identical(b);
}

Value equalFn(CallContext&, const Value& self, Args& args) {
  CollectionData* other = collectionArg(args, 0, "equal");
  bool exact = hasArg(args, 1) && (intArg(args, 1, "equal") & 8);  // ck diacritical
  return Value::boolean(other && deepEqual(self, Value::collection(other), exact, 0));
}

// .at(index): negative indexes count from the end; Undefined outside the collection.
Value atFn(CallContext&, const Value& self, Args& args) {
  const auto& items = selfItems(self).items;
  int64_t i = intArg(args, 0, "at");
  if (i < 0) i += static_cast<int64_t>(items.size());
  if (i < 0 || i >= static_cast<int64_t>(items.size())) return Value();
  return items[static_cast<size_t>(i)];
}

// .extract(path {; ck keep null}) or .extract(path; targetPath {; path2; targetPath2...}).
Value extractFn(CallContext&, const Value& self, Args& args) {
  const auto& items = selfItems(self).items;
  std::vector<Value> out;
  if (args.size() >= 2 && args[1].isText()) {
    if (args.size() % 2 != 0) throwTypeError("extract", args.size(), "a target path");
    for (const Value& item : items) {
      auto o = make<ObjectData>();
      for (size_t k = 0; k + 1 < args.size(); k += 2) {
        Value v = valueAtPath(item, textArg(args, k, "extract"));
        if (!v.isUndefined()) o->set(textArg(args, k + 1, "extract"), v);
      }
      out.push_back(Value::object(std::move(o)));
    }
  } else {
    const std::string& path = textArg(args, 0, "extract");
    bool keepNull = hasArg(args, 1) && (intArg(args, 1, "extract") & 1);
    for (const Value& item : items) {
      Value v = valueAtPath(item, path);
      if (v.isNull() || v.isUndefined()) {
        if (keepNull) out.push_back(Value::null());
      } else {
        out.push_back(v);
      }
    }
  }
  return newCollectionOf(std::move(out));
}

Value firstFn(CallContext&, const Value& self, Args&) {
  const auto& items = selfItems(self).items;
  return items.empty() ? Value() : items.front();
}

Value lastFn(CallContext&, const Value& self, Args&) {
  const auto& items = selfItems(self).items;
  return items.empty() ? Value() : items.back();
}

Value concatFn(CallContext&, const Value& self, Args& args) {
  std::vector<Value> items = selfItems(self).items;
  for (const Value& v : args) {
    if (v.isCollection()) {
      auto added = itemsOf(*v.asCollection());
      items.insert(items.end(), added->begin(), added->end());
    } else {
      items.push_back(toStoredValue(v));
    }
  }
  return newCollectionOf(std::move(items));
}

Value combineFn(CallContext&, const Value& self, Args& args) {
  CollectionData* other = collectionArg(args, 0, "combine");
  auto& items = selfItems(self).items;
  size_t at = hasArg(args, 1) ? clampIndex(intArg(args, 1, "combine"), items.size()) : items.size();
  if (other) {
    // Copied first: `other` may be this very collection. One of the same shared group is read without its lock:
    // the change holds it already (callOnSharedCollection), and taking it again would deadlock.
    bool sameGroup = other->shared && other->shared.get() == self.asCollection()->shared.get();
    std::vector<Value> added = sameGroup ? other->items : *itemsOf(*other);
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), added.begin(), added.end());
  }
  return self;
}

void flattenInto(std::vector<Value>& out, const std::vector<Value>& items, int64_t depth) {
  for (const Value& v : items) {
    if (v.isCollection() && depth > 0) flattenInto(out, *itemsOf(*v.asCollection()), depth - 1);
    else out.push_back(v);
  }
}

Value flatFn(CallContext&, const Value& self, Args& args) {
  std::vector<Value> out;
  flattenInto(out, selfItems(self).items, hasArg(args, 0) ? intArg(args, 0, "flat") : 1);
  return newCollectionOf(std::move(out));
}

Value reverseFn(CallContext&, const Value& self, Args&) {
  const auto& items = selfItems(self).items;
  return newCollectionOf(std::vector<Value>(items.rbegin(), items.rend()));
}

Value fillFn(CallContext&, const Value& self, Args& args) {
  auto& items = selfItems(self).items;
  size_t start = hasArg(args, 1) ? clampIndex(intArg(args, 1, "fill"), items.size()) : 0;
  size_t end = hasArg(args, 2) ? clampIndex(intArg(args, 2, "fill"), items.size()) : items.size();
  Value filler = hasArg(args, 0) ? toStoredValue(args[0]) : Value();
  for (size_t i = start; i < end; ++i) items[i] = filler;
  return self;
}

Value resizeFn(CallContext&, const Value& self, Args& args) {
  int64_t size = intArg(args, 0, "resize");
  if (size < 0) throw RuntimeError(error_code::kInvalidArgument, "resize: the size must not be negative");
  if (static_cast<uint64_t>(size) > kMaxElements) throw RuntimeError(kNotEnoughMemory, "resize: too many elements");
  selfItems(self).items.resize(static_cast<size_t>(size), hasArg(args, 1) ? toStoredValue(args[1]) : Value::null());
  return self;
}

// The values .sum(), .average() and .count() look at: the elements, or their property at a path.
template <class Visit>
void forEachTarget(const Value& self, const Args& args, std::string_view what, Visit visit) {
  std::string path = hasArg(args, 0) ? textArg(args, 0, what) : std::string();
  for (const Value& item : selfItems(self).items) visit(path.empty() ? item : valueAtPath(item, path));
}

Value sumFn(CallContext&, const Value& self, Args& args) {
  double sum = 0;
  forEachTarget(self, args, "sum", [&](const Value& v) {
    if (v.isNumber()) sum += v.asNumber();
  });
  return Value::real(sum);
}

Value averageFn(CallContext&, const Value& self, Args& args) {
  double sum = 0;
  size_t n = 0;
  forEachTarget(self, args, "average", [&](const Value& v) {
    if (v.isNumber()) {
      sum += v.asNumber();
      ++n;
    }
  });
  return n ? Value::real(sum / static_cast<double>(n)) : Value();
}

Value countFn(CallContext&, const Value& self, Args& args) {
  double n = 0;
  forEachTarget(self, args, "count", [&](const Value& v) {
    if (!v.isNull() && !v.isUndefined()) ++n;
  });
  return Value::real(n);
}

}  // namespace

void registerCollectionFunctions(Registry& r) {
  r.addCollectionFunction("length", lengthFn);
  r.addCollectionFunction("push", pushFn, CollectionAccess::Changes);
  r.addCollectionFunction("pop", popFn, CollectionAccess::Changes);
  r.addCollectionFunction("shift", shiftFn, CollectionAccess::Changes);
  r.addCollectionFunction("unshift", unshiftFn, CollectionAccess::Changes);
  r.addCollectionFunction("insert", insertFn, CollectionAccess::Changes);
  r.addCollectionFunction("remove", removeFn, CollectionAccess::Changes);
  r.addCollectionFunction("clear", clearFn, CollectionAccess::Changes);
  r.addCollectionFunction("indexOf", indexOfFn);
  r.addCollectionFunction("lastIndexOf", lastIndexOfFn);
  r.addCollectionFunction("includes", includesFn);
  r.addCollectionFunction("countValues", countValuesFn);
  r.addCollectionFunction("join", joinFn);
  r.addCollectionFunction("slice", sliceFn);
  r.addCollectionFunction("at", atFn);
  r.addCollectionFunction("equal", equalFn);
  r.addCollectionFunction("extract", extractFn);
  r.addCollectionFunction("first", firstFn);
  r.addCollectionFunction("last", lastFn);
  r.addCollectionFunction("concat", concatFn);
  r.addCollectionFunction("combine", combineFn, CollectionAccess::Changes);
  r.addCollectionFunction("flat", flatFn);
  r.addCollectionFunction("reverse", reverseFn);
  r.addCollectionFunction("fill", fillFn, CollectionAccess::Changes);
  r.addCollectionFunction("resize", resizeFn, CollectionAccess::Changes);
  r.addCollectionFunction("sum", sumFn);
  r.addCollectionFunction("average", averageFn);
  r.addCollectionFunction("count", countFn);
}

}  // namespace fourd
