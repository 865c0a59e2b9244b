#include <doctest/doctest.h>

#include "builtin_test_support.h"
#include "builtins/json.h"
#include "values/errors.h"
#include "values/value_ops.h"

using namespace fourd;
using namespace fourd::test;

namespace {
Value parse(const char* json) { return jsonParse(json); }
std::string str(const Value& v) { return jsonStringify(v); }
}  // namespace

TEST_CASE("mutating functions modify and return the collection") {
  Value c = parse("[1,2]");
  CHECK(member(c, "push", {num(3), text("x")}).asCollection() == c.asCollection());
  CHECK(str(c) == R"([1,2,3,"x"])");
  CHECK(member(c, "pop").asText() == "x");
  CHECK(member(c, "shift").asNumber() == 1);
  member(c, "unshift", {num(6), num(7)});
  CHECK(str(c) == "[6,7,2,3]");
  member(c, "insert", {num(-2), text("Y")});
  CHECK(str(c) == R"([6,7,"Y",2,3])");
  member(c, "remove", {num(1), num(2)});
  CHECK(str(c) == "[6,2,3]");
  member(c, "fill", {num(0), num(1)});
  CHECK(str(c) == "[6,0,0]");
  member(c, "resize", {num(5)});
  CHECK(str(c) == "[6,0,0,null,null]");
  member(c, "clear");
  CHECK(member(c, "length").asLongint() == 0);
  CHECK(member(c, "pop").isUndefined());
}

TEST_CASE("searching") {
  Value c = parse(R"([1,2,"Henry",5,3,"Albert",6,4,"Alan",5])");
  CHECK(member(c, "indexOf", {num(3)}).asLongint() == 4);
  CHECK(member(c, "indexOf", {num(5), num(5)}).asLongint() == 9);
  CHECK(member(c, "indexOf", {text("al@")}).asLongint() == 5);
  CHECK(member(c, "indexOf", {text("Hello")}).asLongint() == -1);
  CHECK(member(c, "lastIndexOf", {num(5)}).asLongint() == 9);
  Value letters = parse(R"(["a","b","c","d","e","f","g","h","i","j","e","k","e"])");
  CHECK(member(letters, "lastIndexOf", {text("e")}).asLongint() == 12);
  CHECK(member(letters, "lastIndexOf", {text("e"), num(6)}).asLongint() == 4);
  CHECK(member(letters, "lastIndexOf", {text("e"), num(15)}).asLongint() == 12);
  CHECK(member(letters, "lastIndexOf", {text("e"), num(-2)}).asLongint() == 10);
  CHECK(member(letters, "lastIndexOf", {text("a"), num(0)}).asLongint() == -1);
  CHECK(member(letters, "lastIndexOf", {text("x")}).asLongint() == -1);
  CHECK(member(c, "includes", {text("henry")}).asBool());
  CHECK(member(c, "countValues", {num(5)}).asNumber() == 2);
}

TEST_CASE("copies and views") {
  Value c = parse("[1,2,3,4,5]");
  CHECK(str(member(c, "slice", {num(1), num(-1)})) == "[2,3,4]");
  CHECK(str(member(c, "slice", {num(-3), num(-2)})) == "[3]");
  CHECK(str(member(c, "reverse")) == "[5,4,3,2,1]");
  CHECK(str(c) == "[1,2,3,4,5]");
  CHECK(str(member(c, "concat", {num(6), parse("[7,8]")})) == "[1,2,3,4,5,6,7,8]");
  CHECK(member(c, "first").asNumber() == 1);
  CHECK(member(c, "last").asNumber() == 5);
  CHECK(str(member(parse("[1,2,[3,4,[5,6]]]"), "flat")) == "[1,2,3,4,[5,6]]");
  CHECK(str(member(parse("[1,2,[3,4,[5,6]]]"), "flat", {num(2)})) == "[1,2,3,4,5,6]");
  member(c, "combine", {c});
  CHECK(member(c, "length").asLongint() == 10);
}

TEST_CASE("equal, at, extract") {
  CHECK(member(parse(R"([{"a":1,"b":"orange"},2,3])"), "equal", {parse(R"([{"a":1,"b":"ORange"},2,3])")}).asBool());
  CHECK_FALSE(member(parse(R"([{"a":1,"b":"orange"},2,3])"), "equal",
                     {parse(R"([{"a":1,"b":"ORange"},2,3])"), num(8)}).asBool());
  CHECK_FALSE(member(parse(R"([{"a":1},2,3])"), "equal", {parse(R"([{"a":1},2,3,4])")}).asBool());
  CHECK_FALSE(member(parse(R"([{"1":"a"}])"), "equal", {parse(R"([{"a":1}])")}).asBool());
  CHECK_FALSE(member(parse("[null]"), "equal", {collectionOf({Value()})}).asBool());
  CHECK(member(parse("[1,2,3]"), "at", {num(-1)}).asNumber() == 3);
  CHECK(member(parse("[1,2,3]"), "at", {num(5)}).isUndefined());
  Value c = parse(R"([{"name":"Cleveland"},{"zip":5321},{"name":"Blountsville"},42])");
  CHECK(str(member(c, "extract", {text("name")})) == R"(["Cleveland","Blountsville"])");
  CHECK(str(member(c, "extract", {text("name"), num(1)})) == R"(["Cleveland",null,"Blountsville",null])");
  Value z = parse(R"([{"zc":35060},{"name":null,"zc":35049},{"name":"Cleveland","zc":35049}])");
  CHECK(str(member(z, "extract", {text("name"), text("City"), text("zc"), text("Zip")})) ==
        R"([{"Zip":35060},{"City":null,"Zip":35049},{"City":"Cleveland","Zip":35049}])");
}

TEST_CASE("join, sum, average, count, min, max") {
  Value c = parse(R"([1,2,3,"Paris",null,"",4,5])");
  CHECK(member(c, "join", {text("|")}).asText() == "1|2|3|Paris|null||4|5");
  CHECK(member(c, "join", {text("|"), num(1)}).asText() == "1|2|3|Paris|4|5");
  CHECK(member(c, "sum").asNumber() == 15);
  CHECK(member(c, "average").asNumber() == 3);
  CHECK(member(c, "count").asNumber() == 7);
  CHECK(member(c, "max").asNumber() == 5);
  CHECK(member(c, "min").asText() == "");
  Value people = parse(R"([{"name":"Smith","salary":10000},{"name":"Gross","salary":10500.5},{"x":1}])");
  CHECK(member(people, "sum", {text("salary")}).asNumber() == 20500.5);
  CHECK(member(people, "count", {text("name")}).asNumber() == 2);
  CHECK(member(people, "max", {text("name")}).asText() == "Smith");
  CHECK(member(parse("[]"), "average").isUndefined());
  Value mixed = parse(R"([200,150,55,{"name":"Smith","salary":10000},{"name":"Wesson","salary":50000},)"
                      R"({"name":"Alabama","salary":10500}])");
  CHECK(member(mixed, "min").asNumber() == 55);
  CHECK(str(member(mixed, "max")) == R"({"name":"Alabama","salary":10500})");
  CHECK(member(mixed, "max", {text("salary")}).asNumber() == 50000);
  CHECK(member(mixed, "min", {text("name")}).asText() == "Alabama");
}

TEST_CASE("sort without formula groups by type") {
  Value c = parse(R"(["Tom",5,"Mary",3,"henry",1,null,true])");
  member(c, "sort");
  CHECK(str(c) == R"([null,true,"henry","Mary","Tom",1,3,5])");
}

TEST_CASE("orderBy") {
  Value c = parse(R"([{"n":"b","a":2},{"n":"a","a":2},{"n":"c","a":1}])");
  CHECK(str(member(c, "orderBy", {text("a desc, n")})) ==
        R"([{"n":"a","a":2},{"n":"b","a":2},{"n":"c","a":1}])");
  CHECK(str(member(c, "orderBy", {parse(R"([{"propertyPath":"n","descending":true}])")})) ==
        R"([{"n":"c","a":1},{"n":"b","a":2},{"n":"a","a":2}])");
  CHECK(str(member(parse("[3,1,2]"), "orderBy", {num(1)})) == "[3,2,1]");
  CHECK(str(member(parse("[3,1,2]"), "orderBy")) == "[1,2,3]");
  CHECK_THROWS_AS(member(c, "orderBy", {text("a sideways")}), RuntimeError);
}

TEST_CASE("distinct") {
  Value c = parse(R"(["a","b","c","A","B","c","b","b",null])");
  CHECK(str(member(c, "distinct")) == R"(["a","b","c"])");
  CHECK(str(member(c, "distinct", {num(8)})) == R"(["a","A","b","B","c"])");
  Value sizes = parse(R"([{"size":1},{"size":3},{"size":1}])");
  CHECK(str(member(sizes, "distinct", {text("size")})) == "[1,3]");
  CHECK(str(member(sizes, "distinct", {text("size"), num(32)})) ==
        R"([{"value":1,"count":2},{"value":3,"count":1}])");
}

TEST_CASE("callbacks receive $1.value and extra parameters") {
  LambdaContext ctx;
  Value formula = Value::object(make<ObjectData>());
  Value c = parse("[5,3,1,4,6,2]");
  ctx.formula = [](std::vector<Value>& a) {
    return Value::boolean(a[0].asObject()->find("value")->asNumber() > a[1].asNumber());
  };
  CHECK(str(member(ctx, c, "filter", {formula, num(3)})) == "[5,4,6]");
  CHECK(member(ctx, c, "find", {formula, num(4)}).asNumber() == 5);
  CHECK(member(ctx, c, "findIndex", {num(1), formula, num(4)}).asLongint() == 4);
  CHECK(member(ctx, c, "some", {formula, num(5)}).asBool());
  CHECK_FALSE(member(ctx, c, "every", {formula, num(1)}).asBool());
  CHECK(member(ctx, c, "every", {formula, num(0)}).asBool());
  CHECK(member(ctx, parse("[]"), "every", {formula, num(0)}).asBool());
  CHECK_FALSE(member(ctx, c, "every", {num(6), formula, num(0)}).asBool());

  // A method-style callback sets $1.result instead of returning a value.
  ctx.formula = [](std::vector<Value>& a) {
    ObjectData* p = a[0].asObject();
    p->set("result", Value::real(p->find("value")->asNumber() * 2));
    return Value();
  };
  CHECK(str(member(ctx, c, "map", {formula})) == "[10,6,2,8,12,4]");
  ctx.formula = [](std::vector<Value>& a) {
    auto pair = make<CollectionData>();
    pair->items = {*a[0].asObject()->find("value"), Value::text("x")};
    return Value::collection(pair);
  };
  CHECK(str(member(ctx, parse("[1,2]"), "flatMap", {formula})) == R"([1,"x",2,"x"])");
}

TEST_CASE("reduce accumulates through $1.accumulator") {
  LambdaContext ctx;
  Value formula = Value::object(make<ObjectData>());
  ctx.formula = [](std::vector<Value>& a) {
    ObjectData* p = a[0].asObject();
    p->set("accumulator", Value::real(p->find("accumulator")->asNumber() * p->find("value")->asNumber()));
    return Value();
  };
  CHECK(member(ctx, parse("[5,3,5,1,3,4,4,6,2,2]"), "reduce", {formula, num(1)}).asNumber() == 86400);
  ctx.formula = [](std::vector<Value>& a) {
    ObjectData* p = a[0].asObject();
    const Value* acc = p->find("accumulator");
    p->set("accumulator", Value::text((acc->isText() ? acc->asText() : "") + toText(*p->find("value"))));
    return Value();
  };
  CHECK(member(ctx, parse("[1,2,3]"), "reduceRight", {formula}).asText() == "321");
}

TEST_CASE("$1.stop ends the walk") {
  LambdaContext ctx;
  Value formula = Value::object(make<ObjectData>());
  ctx.formula = [](std::vector<Value>& a) {
    ObjectData* p = a[0].asObject();
    if (p->find("value")->asNumber() == 2) p->set("stop", Value::boolean(true));
    return Value::boolean(true);
  };
  CHECK(str(member(ctx, parse("[1,2,3]"), "filter", {formula})) == "[1,2]");
  CHECK(ctx.calls == 2);
}

TEST_CASE("sort with a formula, and a misbehaving comparator stays safe") {
  LambdaContext ctx;
  Value formula = Value::object(make<ObjectData>());
  ctx.formula = [](std::vector<Value>& a) {
    ObjectData* p = a[0].asObject();
    return Value::boolean(toText(*p->find("value")) < toText(*p->find("value2")));
  };
  Value c = parse("[33,4,66,1111,222]");
  member(ctx, c, "sort", {formula});
  CHECK(str(c) == "[1111,222,33,4,66]");
  ctx.formula = [](std::vector<Value>&) { return Value::boolean(true); };
  Value big = parse("[5,4,3,2,1,0,9,8,7,6]");
  member(ctx, big, "sort", {formula});
  CHECK(member(big, "length").asLongint() == 10);
}

TEST_CASE("orderByMethod returns a sorted copy, stable on ties") {
  LambdaContext ctx;
  Value formula = Value::object(make<ObjectData>());
  ctx.formula = [](std::vector<Value>& a) {
    ObjectData* p = a[0].asObject();
    return Value::boolean(p->find("value")->asText().size() > p->find("value2")->asText().size());
  };
  Value fruits = parse(R"(["Orange","Apple","Grape","pear","Banana","fig","Blackberry","Passion fruit"])");
  CHECK(str(member(ctx, fruits, "orderByMethod", {formula})) ==
        R"(["Passion fruit","Blackberry","Orange","Banana","Apple","Grape","pear","fig"])");
  CHECK(fruits.asCollection()->items[0].asText() == "Orange");
}

TEST_CASE("a callback error leaves the collection unsorted and propagates") {
  LambdaContext ctx;
  Value formula = Value::object(make<ObjectData>());
  ctx.formula = [](std::vector<Value>&) -> Value { throw RuntimeError(1, "boom"); };
  Value c = parse("[3,1,2]");
  CHECK_THROWS_AS(member(ctx, c, "sort", {formula}), RuntimeError);
  CHECK(str(c) == "[3,1,2]");
  CHECK_THROWS_AS(member(ctx, c, "filter", {num(1)}), RuntimeError);
}

TEST_CASE("large collections stay fast") {
  auto items = make<CollectionData>();
  for (int i = 0; i < 200000; ++i) items->items.push_back(Value::real(200000 - i));
  Value c = Value::collection(items);
  member(c, "sort");
  CHECK(items->items.front().asNumber() == 1);
  CHECK(member(c, "distinct").asCollection()->items.size() == 200000);
  CHECK(member(c, "join", {text(",")}).asText().size() > 200000);
  CHECK(member(c, "indexOf", {num(200000)}).asLongint() == 199999);
}
