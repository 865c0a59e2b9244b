#include <doctest/doctest.h>

#include "builtins/document_text.h"
#include "builtins/file_paths.h"

using namespace fourd;

TEST_CASE("A filesystem path keeps its filesystem; its real path is in the project") {
  auto path = parseAbsolutePath("/p/proj", "/LOGS/a/./b/../x.log", false, false);
  REQUIRE(path);
  CHECK(path->posix() == "/LOGS/a/x.log");
  CHECK(path->real() == "/p/proj/Data/Logs/a/x.log");
  CHECK(path->fullName() == "x.log");
  auto folder = parseAbsolutePath("/p/proj/", "/PACKAGE", true, false);
  REQUIRE(folder);
  CHECK(folder->posix() == "/PACKAGE/");
  CHECK(folder->real() == "/p/proj/");
  CHECK(folder->entry() == "/p/proj");
  CHECK(folder->fullName() == "proj");
}

TEST_CASE("Relative paths and paths climbing above their root are refused") {
  CHECK_FALSE(parseAbsolutePath("/p", "a/b", false, false));
  CHECK_FALSE(parseAbsolutePath("/p", "/DATA/../x", false, false));
  CHECK_FALSE(parseAbsolutePath("/p", "/..", true, false));
  auto root = parseAbsolutePath("/p", "/DATA/a", true, false);
  REQUIRE(root);
  CHECK_FALSE(childPath(*root, "../../x", false));
  CHECK_FALSE(childPath(*root, "/abs", false));
  CHECK(childPath(*root, "../b/c.txt", false)->posix() == "/DATA/b/c.txt");
}

TEST_CASE("A platform path has no filesystem; the parent of a filesystem's root is its real parent") {
  auto path = parseAbsolutePath("/p", "/PACKAGE/x", false, true);
  REQUIRE(path);
  CHECK(path->system.empty());
  CHECK(path->posix() == "/PACKAGE/x");
  auto data = parseAbsolutePath("/p/proj", "/DATA", true, false);
  CHECK(parentPath(*data)->posix() == "/p/proj/");
  CHECK_FALSE(parentPath(*parseAbsolutePath("/p", "/", true, true)));
}

TEST_CASE("Line breaks and BOMs") {
  CHECK(convertLineBreaks("a\r\nb\rc\nd", 4) == "a\nb\nc\nd");
  CHECK(convertLineBreaks("a\nb", 2) == "a\r\nb");
  CHECK(convertLineBreaks("a\r\nb", 0) == "a\r\nb");
  CHECK(decodeDocument("\xEF\xBB\xBFhi", Charset::Latin1) == "hi");
  CHECK(decodeDocument(std::string("\xFF\xFEh\0i\0", 6), Charset::Utf8) == "hi");
  CHECK(encodeDocument("é", TextEncoding{Charset::Utf16BE, true}) == std::string("\xFE\xFF\x00\xE9", 4));
  CHECK(encodeDocument("é€", TextEncoding{Charset::Latin1, false}) == "\xE9?");
}
