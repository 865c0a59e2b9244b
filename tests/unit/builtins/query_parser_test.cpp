#include <doctest/doctest.h>

#include <string>

#include "builtin_test_support.h"
#include "builtins/query_match.h"
#include "builtins/query_parser.h"
#include "values/errors.h"

using namespace fourd;
using namespace fourd::test;

namespace {

ParsedQuery parse(const char* text, std::vector<Value> values = {}) {
  static const Value kNone;
  return parseQuery(text, QueryPlaceholders{values, kNone, kNone}, "query");
}

std::string errorOf(const char* text, std::vector<Value> values = {}) {
  try {
    parse(text, std::move(values));
  } catch (const RuntimeError& e) {
    return e.what();
  }
  return "";
}

Value person(const char* name, double age) {
  auto o = make<ObjectData>();
  o->set("name", text(name));
  o->set("age", num(age));
  return Value::object(o);
}

}  // namespace

TEST_CASE("query strings: AND binds tighter than OR, NOT applies to what follows it") {
  ParsedQuery q = parse("a = 1 or b = 2 and c = 3");
  REQUIRE(q.condition.kind == QueryNode::Kind::Or);
  CHECK(q.condition.operands[0].path == std::vector<std::string>{"a"});
  CHECK(q.condition.operands[1].kind == QueryNode::Kind::And);
  ParsedQuery n = parse("not (a = 1 | b = 2) & c.d.e # 'x'");
  REQUIRE(n.condition.kind == QueryNode::Kind::And);
  CHECK(n.condition.operands[0].kind == QueryNode::Kind::Not);
  CHECK(n.condition.operands[1].path == std::vector<std::string>{"c", "d", "e"});
  CHECK(n.condition.operands[1].comparator == QueryComparator::NotEqual);
}

TEST_CASE("query strings: constants, placeholders and order by") {
  ParsedQuery q = parse("a = true and b = 12.5 and c = null and d = Kim and e IN [1, 'x'] order by a desc, b", {});
  const QueryNode& c = q.condition;
  CHECK(c.operands[1].value.isCollection());
  CHECK(c.operands[0].operands[1].value.asText() == "Kim");
  CHECK(q.order.size() == 2);
  CHECK(q.order[0].descending);
  CHECK_FALSE(q.order[1].descending);
  ParsedQuery p = parse(":1 = :2", {text("x.y"), num(3)});
  CHECK(p.condition.path == std::vector<std::string>{"x", "y"});
  CHECK(p.condition.value.asNumber() == 3);
  CHECK(highestIndexedPlaceholder("a = :2 or b = :10", "query") == 10);
}

TEST_CASE("query strings: errors name the position in characters") {
  CHECK(errorOf("name = ") == "query: a value expected, found the end of the query at position 8 of the query string");
  CHECK(errorOf("é = :3", {num(1)}) ==
        "query: no value is given for the placeholder \":3\" at position 5 of the query string");
  CHECK(errorOf("(a = 1") == "query: \")\" expected, found the end of the query at position 7 of the query string");
}

TEST_CASE("query evaluation: wildcards, conversion to the attribute's type, null, non-objects") {
  Value ann = person("Ann", 25);
  CHECK(queryMatches(parse("name = 'a@'").condition, ann));
  CHECK_FALSE(queryMatches(parse("name === 'a@'").condition, ann));
  CHECK(queryMatches(parse("age = :1", {text("v25")}).condition, ann));
  CHECK(queryMatches(parse("other = null").condition, ann));
  CHECK_FALSE(queryMatches(parse("other # 1").condition, ann));
  CHECK_FALSE(queryMatches(parse("name = null").condition, text("Ann")));
}
