#include <doctest/doctest.h>

#include <random>

#include "builtins/json.h"
#include "values/class_def.h"
#include "values/errors.h"

using namespace fourd;

TEST_CASE("jsonStringify writes 4D's compact JSON") {
  auto o = make<ObjectData>();
  o->set("lastname", Value::text("Monroe"));
  o->set("age", Value::real(40));
  o->set("ratio", Value::real(1.5));
  o->set("gone", Value());
  o->set("nothing", Value::null());
  o->set("ok", Value::boolean(true));
  auto c = make<CollectionData>();
  c->items = {Value::longint(1), Value(), Value::text("x")};
  o->set("list", Value::collection(c));
  CHECK(jsonStringify(Value::object(o)) ==
        R"({"lastname":"Monroe","age":40,"ratio":1.5,"nothing":null,"ok":true,"list":[1,null,"x"]})");
}

TEST_CASE("jsonStringify numbers and strings") {
  CHECK(jsonStringify(Value::real(120)) == "120");
  CHECK(jsonStringify(Value::real(1.0 / 3)) == "0.333333333333333");
  CHECK(jsonStringify(Value::real(1e20)) == "1e+20");
  CHECK(jsonStringify(Value::real(-0.0)) == "0");
  CHECK(jsonStringify(Value::text("Eureka!")) == "\"Eureka!\"");
  CHECK(jsonStringify(Value::text("{\"name\":\"john\"}")) == R"("{\"name\":\"john\"}")");
  CHECK(jsonStringify(Value::text("a\tb\n\x01 é/")) == "\"a\\tb\\n\\u0001 é/\"");
}

TEST_CASE("jsonStringify pretty mode indents with tabs") {
  Value v = jsonParse(R"({"lastname":"Monroe","children":{"firstname":"John","age":"12"},"e":{},"l":[1,[]]})");
  CHECK(jsonStringify(v, true) ==
        "{\n\t\"lastname\": \"Monroe\",\n\t\"children\": {\n\t\t\"firstname\": \"John\",\n\t\t\"age\": \"12\"\n\t},"
        "\n\t\"e\": {},\n\t\"l\": [\n\t\t1,\n\t\t[]\n\t]\n}");
}

TEST_CASE("jsonParse keeps key order and makes numbers Real") {
  Value v = jsonParse(R"( {"z": 1, "a": [true, false, null, -2.5e1], "s": "\u00e9\ud83d\ude00\n"} )");
  REQUIRE(v.isObject());
  const auto& props = v.asObject()->props;
  REQUIRE(props.size() == 3);
  CHECK(props[0].first == "z");
  CHECK(props[0].second.kind() == Kind::Real);
  const auto& items = props[1].second.asCollection()->items;
  CHECK(items[3].asNumber() == -25);
  CHECK(items[2].isNull());
  CHECK(props[2].second.asText() == "é😀\n");
  CHECK(jsonStringify(v) == R"({"z":1,"a":[true,false,null,-25],"s":"é😀\n"})");
}

TEST_CASE("jsonParse rejects invalid JSON with a RuntimeError") {
  for (const char* bad : {"", "{", "{\"a\":}", "[1,]", "tru", "\"abc", "{\"a\" 1}", "01x", "[1] 2", "\"\\x\""})
    CHECK_THROWS_AS(jsonParse(bad), RuntimeError);
  std::string deep(100000, '[');
  CHECK_THROWS_AS(jsonParse(deep), RuntimeError);
}

TEST_CASE("jsonParse never crashes on mangled input and round-trips what it accepts") {
  const std::string seed = R"({"a":[1,2.5,-3e2,true,false,null],"b":{"c":"d\u00e9\n"},"e":[]})";
  std::mt19937 rng(7);
  const char alphabet[] = "{}[]\":,.-+eE0123456789truefalsn \\u\t";
  for (int round = 0; round < 20000; ++round) {
    std::string text = seed;
    for (int edits = 1 + rng() % 4; edits > 0; --edits) {
      size_t at = rng() % (text.size() + 1);
      switch (rng() % 3) {
        case 0: text.insert(at, 1, alphabet[rng() % (sizeof alphabet - 1)]); break;
        case 1: if (at < text.size()) text.erase(at, 1); break;
        default: if (at < text.size()) text[at] = static_cast<char>(rng() % 256); break;
      }
    }
    try {
      Value v = jsonParse(text);
      REQUIRE(jsonStringify(jsonParse(jsonStringify(v))) == jsonStringify(v));
    } catch (const RuntimeError&) {
    }
  }
}
