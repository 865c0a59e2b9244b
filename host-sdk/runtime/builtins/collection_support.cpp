#include "builtins/collection_support.h"

#include <algorithm>
#include <optional>

#include "builtins/command_args.h"
#include "interp/call_context.h"
#include "values/shared_access.h"
#include "values/text_fold.h"
#include "values/value_ops.h"

namespace fourd {

CollectionData& selfItems(const Value& self) { return *self.asCollection(); }

Value newCollectionOf(std::vector<Value> items) {
  auto c = make<CollectionData>();
  c->items = std::move(items);
  return Value::collection(std::move(c));
}

size_t clampIndex(int64_t index, size_t length) {
  auto n = static_cast<int64_t>(length);
  if (index < 0) index += n;
  return static_cast<size_t>(std::clamp(index, int64_t(0), n));
}

Value valueAtPath(const Value& element, std::string_view path) {
  Value current = element;
  while (true) {
    if (!current.isObject()) return Value();
    size_t dot = path.find('.');
    std::optional<Value> v = readProperty(*current.asObject(), path.substr(0, dot));
    if (!v) return Value();
    if (dot == std::string_view::npos) return *v;
    current = std::move(*v);
    path.remove_prefix(dot + 1);
  }
}

static int sortRank(const Value& v) {
  switch (v.kind()) {
    case Kind::Undefined:
    case Kind::Null: return 0;
    case Kind::Boolean: return 1;
    case Kind::Text: return 2;
    case Kind::Real:
    case Kind::Longint:
    case Kind::Time: return 3;
    case Kind::Date: return 6;  // the last group (developer.4d.com, Concepts, Ordering collections and objects)
    case Kind::Object:
    case Kind::Blob:
    case Kind::Array:
    case Kind::Pointer: return 4;
    case Kind::Collection: return 5;
  }
  return 7;
}

int compareForSort(const Value& a, const Value& b, bool exactText) {
  int ra = sortRank(a), rb = sortRank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (ra == 0 || ra == 4 || ra == 5) return 0;
  if (exactText && ra == 2) return compareTextDiacritical(a.asText(), b.asText());
  return compareValues(a, b);
}

ElementCallback::ElementCallback(std::vector<Value>& args, size_t formulaIndex, std::string_view what) {
  if (formulaIndex >= args.size() || !(args[formulaIndex].isObject() || args[formulaIndex].isText()))
    throwTypeError(what, formulaIndex, "a formula or a method name");
  formula_ = args[formulaIndex];
  extra_.assign(args.begin() + static_cast<std::ptrdiff_t>(formulaIndex) + 1, args.end());
}

Ref<ObjectData> ElementCallback::param(const Value& value) {
  auto p = make<ObjectData>();
  p->props.emplace_back("value", value);
  return p;
}

Value ElementCallback::call(CallContext& ctx, Ref<ObjectData> param) const {
  std::vector<Value> args;
  args.reserve(1 + extra_.size());
  args.push_back(Value::object(param));
  args.insert(args.end(), extra_.begin(), extra_.end());
  Value returned = ctx.callFormula(formula_, Value(), std::move(args));
  if (!returned.isUndefined()) return returned;
  const Value* result = param->find("result");
  return result ? *result : Value();
}

bool ElementCallback::stopRequested(const ObjectData& param) {
  const Value* stop = param.find("stop");
  return stop && isTruthy(*stop);
}

}  // namespace fourd
