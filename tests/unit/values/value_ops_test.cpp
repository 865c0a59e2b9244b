#include <doctest/doctest.h>

#include "builtins/json.h"
#include "values/class_def.h"
#include "values/deep_copy.h"
#include "values/errors.h"
#include "values/pointer_data.h"
#include "values/value_ops.h"

using namespace fourd;

namespace {
Value t(const char* s) { return Value::text(s); }
}  // namespace

TEST_CASE("valuesEqual follows 4D's = operator") {
  CHECK(valuesEqual(t("Hello"), t("hELLO")));
  CHECK(valuesEqual(t("été"), t("ETE")));
  CHECK_FALSE(valuesEqual(t("abc"), t("abd")));
  CHECK(valuesEqual(t("abcdef"), t("abc@")));
  CHECK(valuesEqual(t("user@example.com"), t("user@example.com")));
  CHECK(valuesEqual(Value::real(2), Value::longint(2)));
  CHECK_FALSE(valuesEqual(Value::real(2.5), Value::longint(2)));
  CHECK(valuesEqual(Value::null(), Value()));
  CHECK_FALSE(valuesEqual(Value::null(), Value::longint(0)));
  CHECK_FALSE(valuesEqual(t("1"), Value::longint(1)));
  auto a = make<ObjectData>();
  auto b = make<ObjectData>();
  CHECK(valuesEqual(Value::object(a), Value::object(a)));
  CHECK_FALSE(valuesEqual(Value::object(a), Value::object(b)));
}

TEST_CASE("compareValues orders numbers, text and booleans and rejects mixed kinds") {
  CHECK(compareValues(Value::longint(1), Value::real(1.5)) < 0);
  CHECK(compareValues(t("apple"), t("Banana")) < 0);
  CHECK(compareValues(t("B"), t("a")) > 0);
  CHECK(compareValues(t("abc"), t("ABC")) == 0);
  CHECK(compareValues(Value::boolean(false), Value::boolean(true)) < 0);
  CHECK_THROWS_AS(compareValues(t("1"), Value::real(1)), RuntimeError);
}

TEST_CASE("toText uses 4D's default formats") {
  CHECK(toText(Value::longint(32768)) == "32768");
  CHECK(toText(Value::real(32768)) == "32768");
  CHECK(toText(Value::real(1.0 / 3)) == "0.3333333333333");
  CHECK(toText(Value::real(3.14159265358979)) == "3.14159265359");
  CHECK(toText(Value::real(-0.5)) == "-0.5");
  CHECK(toText(Value::real(1.0 / 0.0)) == "INF");
  CHECK(toText(Value::boolean(true)) == "True");
  CHECK(toText(Value::boolean(false)) == "False");
  CHECK(toText(Value()) == "");
  CHECK(toText(Value::null()) == "null");
  CHECK(toText(jsonParse("{\"a\":[1,2]}")) == "{\"a\":[1,2]}");
}

TEST_CASE("toNumber reads text the way Num does") {
  CHECK(toNumber(t("12abc")) == 12);
  CHECK(toNumber(t("A1B2C3")) == 123);
  CHECK(toNumber(t("ABCD")) == 0);
  CHECK(toNumber(t("123.4")) == doctest::Approx(123.4));
  CHECK(toNumber(t("-123e2")) == -12300);
  CHECK(toNumber(t("123e-2")) == doctest::Approx(1.23));
  CHECK(toNumber(t("123-456")) == 123);
  CHECK(toNumber(Value::boolean(true)) == 1);
  CHECK(toNumber(Value()) == 0);
}

// developer.4d.com, Concepts, Operators, "Truthy and falsy".
TEST_CASE("isTruthy") {
  CHECK_FALSE(isTruthy(Value()));
  CHECK_FALSE(isTruthy(Value::null()));
  CHECK_FALSE(isTruthy(t("")));
  CHECK_FALSE(isTruthy(Value::boolean(false)));
  CHECK_FALSE(isTruthy(Value::object(make<ObjectData>())));
  CHECK_FALSE(isTruthy(Value::collection(make<CollectionData>())));
  CHECK(isTruthy(Value::longint(0)));  // "0 - numeric zero (Integer or otherwise)" is truthy
  CHECK(isTruthy(Value::real(0)));
  CHECK(isTruthy(t("x")));
  CHECK(isTruthy(Value::real(0.1)));
  CHECK(isTruthy(jsonParse("{\"a\":null}")));
  CHECK(isTruthy(jsonParse("[null]")));
}

TEST_CASE("deepCopy copies objects and collections recursively and drops sharing") {
  Value original = jsonParse("{\"a\":{\"b\":[1,{\"c\":2}]}}");
  original.asObject()->shared = make<SharedGroup>();
  Value copy = deepCopy(original);
  CHECK(copy.asObject() != original.asObject());
  CHECK_FALSE(copy.asObject()->shared);
  CHECK(jsonStringify(copy) == jsonStringify(original));
  copy.asObject()->find("a")->asObject()->set("b", Value::longint(0));
  CHECK(jsonStringify(original) == "{\"a\":{\"b\":[1,{\"c\":2}]}}");
}

TEST_CASE("deepCopy with a group shares every object and collection of the copy in it") {
  Value original = jsonParse("{\"a\":{\"b\":[1,{\"c\":2}]}}");
  CopyOptions options;
  options.group = make<SharedGroup>();
  Value copy = deepCopy(original, options);
  const ObjectData* a = copy.asObject()->find("a")->asObject();
  const CollectionData* b = a->find("b")->asCollection();
  CHECK(copy.asObject()->shared.get() == options.group.get());
  CHECK(a->shared.get() == options.group.get());
  CHECK(b->shared.get() == options.group.get());
  CHECK(b->items[1].asObject()->shared.get() == options.group.get());
  CHECK_FALSE(original.asObject()->shared);
}

TEST_CASE("deepCopy with resolvePointer replaces each pointer by a copy of what it gives") {
  auto pointed = jsonParse("{\"n\":1}");
  Value original = Value::collection(make<CollectionData>());
  original.asCollection()->items.push_back(Value::pointer(make<PointerData>()));
  CopyOptions options;
  options.resolvePointer = [&](const Value& p) {
    CHECK(p.isPointer());
    return pointed;
  };
  Value copy = deepCopy(original, options);
  CHECK(jsonStringify(copy) == "[{\"n\":1}]");
  CHECK(copy.asCollection()->items[0].asObject() != pointed.asObject());
  CHECK(deepCopy(original, CopyOptions{}).asCollection()->items[0].isPointer());
}

TEST_CASE("deepCopy refuses a cyclic structure instead of recursing forever") {
  auto o = make<ObjectData>();
  o->set("self", Value::object(o));
  CHECK_THROWS_AS(deepCopy(Value::object(o)), RuntimeError);
  o->props.clear();  // break the cycle so the object is freed
}

TEST_CASE("valueTypeConstant") {
  CHECK(valueTypeConstant(Value()) == 5);
  CHECK(valueTypeConstant(Value::null()) == 255);
  CHECK(valueTypeConstant(Value::real(1)) == 1);
  CHECK(valueTypeConstant(Value::longint(1)) == 9);
  CHECK(valueTypeConstant(t("")) == 2);
  CHECK(valueTypeConstant(Value::boolean(true)) == 6);
  CHECK(valueTypeConstant(Value::object(make<ObjectData>())) == 38);
  CHECK(valueTypeConstant(Value::collection(make<CollectionData>())) == 42);
  CHECK(valueTypeConstant(Value::blob(make<BlobData>(""))) == 38);
}
