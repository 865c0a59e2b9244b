#include <doctest/doctest.h>

#include <string>

#include "values/text_fold.h"
#include "values/utf8_text.h"

using namespace fourd;

TEST_CASE("UTF-16 lengths and offsets over UTF-8 storage") {
  CHECK(utf16Length("abc") == 3);
  CHECK(utf16Length("é") == 1);
  CHECK(utf16Length("€") == 1);
  CHECK(utf16Length("😀") == 2);  // a surrogate pair in UTF-16
  std::string s = "a😀b";
  CHECK(byteOffsetOfUnit(s, 0) == 0);
  CHECK(byteOffsetOfUnit(s, 1) == 1);
  CHECK(byteOffsetOfUnit(s, 3) == 5);
  CHECK(byteOffsetOfUnit(s, 9) == s.size());
  CHECK(unitsBefore(s, 5) == 3);
}

TEST_CASE("decodeUtf8 survives invalid bytes") {
  std::string bad = "a\xC3";
  size_t i = 1;
  CHECK(decodeUtf8(bad, i) == 0xFFFD);
  CHECK(i == 2);
  std::string out;
  appendUtf8(out, 0x1F600);
  CHECK(out == "😀");
}

TEST_CASE("folding ignores case and Latin-1 accents") {
  CHECK(equalTextFolded("Crème Brûlée", "CREME BRULEE"));
  CHECK(compareTextFolded("a", "B") < 0);
  CHECK(compareTextFolded("ab", "a") > 0);
  CHECK_FALSE(equalTextFolded("a", "b"));
}

TEST_CASE("@ wildcard") {
  CHECK(matchesWildcard("Albert", "al@"));
  CHECK(matchesWildcard("Albert", "@ert"));
  CHECK(matchesWildcard("Albert", "@lb@"));
  CHECK(matchesWildcard("", "@"));
  CHECK_FALSE(matchesWildcard("Albert", "b@"));
  CHECK_FALSE(matchesWildcard("Albert", "al"));
}

TEST_CASE("findOccurrences: folded by default, exact on request, linear on large text") {
  auto found = findOccurrences("Hello hello HELLO", "hello", 0, SIZE_MAX, false);
  REQUIRE(found.size() == 3);
  CHECK(found[2].first == 12);
  CHECK(findOccurrences("Hello hello HELLO", "hello", 0, SIZE_MAX, true).size() == 1);
  auto accented = findOccurrences("un Été chaud", "ete", 0, 1, false);
  REQUIRE(accented.size() == 1);
  CHECK(accented[0] == std::make_pair(size_t(3), size_t(8)));
  std::string big(2'000'000, 'a');
  big += "b";
  auto tail = findOccurrences(big, "AB", 0, SIZE_MAX, false);
  REQUIRE(tail.size() == 1);
  CHECK(tail[0].first == 1'999'999);
}

TEST_CASE("case mapping drops accents unless asked to keep them") {
  CHECK(toUpperText("hélène", false) == "HELENE");
  CHECK(toUpperText("hélène", true) == "HÉLÈNE");
  CHECK(toLowerText("DÉJÀ VU", false) == "deja vu");
  CHECK(toLowerText("DÉJÀ VU", true) == "déjà vu");
  CHECK(toUpperText("straße", false) == "STRAßE");
}
