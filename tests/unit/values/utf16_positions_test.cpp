#include <doctest/doctest.h>

#include <random>
#include <string>

#include "values/utf16_positions.h"
#include "values/utf8_text.h"

using namespace fourd;

TEST_CASE("Utf16Positions agrees with a direct scan on large mixed texts") {
  const char* pieces[] = {"a", "é", "€", "😀", "bc", " "};
  std::mt19937 rng(42);
  std::string s;
  while (s.size() < 20000) s += pieces[rng() % 6];
  Value text = Value::text(s);
  Utf16Positions positions(text);
  CHECK(positions.length() == utf16Length(s));
  for (size_t unit = 0; unit <= positions.length() + 3; unit += 1 + rng() % 37)
    REQUIRE(positions.byteOffset(unit) == byteOffsetOfUnit(s, unit));
  for (size_t byte = 0; byte < s.size(); byte = byteOffsetOfUnit(s, unitsBefore(s, byte) + 1 + rng() % 29))
    REQUIRE(positions.unitsBefore(byte) == unitsBefore(s, byte));
}

TEST_CASE("Utf16Positions notices a different text at the same size") {
  std::string a(5000, 'x');
  a += "é";
  Value first = Value::text(a);
  CHECK(Utf16Positions(first).length() == 5001);
  std::string b(5002, 'y');
  Value second = Value::text(b);
  CHECK(Utf16Positions(second).length() == 5002);
  CHECK(Utf16Positions(first).byteOffset(5000) == 5000);
}

TEST_CASE("Utf16Positions on small and ASCII texts") {
  Value small = Value::text("a😀b");
  Utf16Positions p(small);
  CHECK(p.length() == 4);
  CHECK(p.byteOffset(3) == 5);
  CHECK(p.unitsBefore(5) == 3);
  Value ascii = Value::text(std::string(10000, 'q'));
  Utf16Positions q(ascii);
  CHECK(q.length() == 10000);
  CHECK(q.byteOffset(20000) == 10000);
  CHECK(q.unitsBefore(123) == 123);
}
