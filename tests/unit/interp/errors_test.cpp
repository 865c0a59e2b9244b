#include <doctest/doctest.h>

#include "snippet_runner.h"

using fourd::test::runProject;
using fourd::test::runProjectFromMemory;

TEST_CASE("interp: Try/Catch catches errors raised in called methods") {
  auto r = runProject(
      "Try\n"
      "  fail\n"
      "  ALERT(\"not reached\")\n"
      "Catch\n"
      "  ALERT(String(Last errors[0].errCode)+\" \"+Last errors[0].message)\n"
      "End try\n"
      "ALERT(String(Try(1/0)=Null))\n",
      {}, {{"fail", "throw(42; \"boom\")\n"}});
  REQUIRE(r.loaded);
  CHECK(r.startupOk);
  CHECK(r.out == "42 boom\nTrue\n");
  CHECK(r.err == "");
}

TEST_CASE("interp: ON ERR CALL handles the error and execution continues") {
  auto r = runProject(
      "ON ERR CALL(\"handler\")\n"
      "throw(7; \"first\")\n"
      "ALERT(\"continued\")\n"
      "ON ERR CALL(\"\")\n",
      {}, {{"handler", "ALERT(\"handled \"+Last errors[0].message)\n"}});
  REQUIRE(r.loaded);
  CHECK(r.startupOk);
  CHECK(r.out == "handled first\ncontinued\n");
}

TEST_CASE("interp: an unhandled error stops startup and is reported with method and line") {
  auto r = runProject("ALERT(\"before\")\nthrow(5; \"bad\")\nALERT(\"after\")\n");
  REQUIRE(r.loaded);
  CHECK_FALSE(r.startupOk);
  CHECK(r.out == "before\n");
  CHECK(r.err.find("Error 5 in onStartup line 2: bad") != std::string::npos);
}

TEST_CASE("interp: runaway recursion is a 4D error, not a crash") {
  auto r = runProject("ALERT(String(Try(deep(1))=Null))\n", {},
                      {{"deep", "#DECLARE($n : Integer) : Integer\nreturn deep($n+1)\n"}});
  REQUIRE(r.loaded);
  CHECK(r.out == "True\n");
}

TEST_CASE("interp: calling a missing function is a clear error") {
  auto r = runProject("var $o : Object\n$o:={}\n$o.nothing()\n");
  REQUIRE(r.loaded);
  CHECK_FALSE(r.startupOk);
  CHECK(r.err.find("nothing") != std::string::npos);
}

// Found by the evaluator fuzzer. From memory: two files whose names differ only in case cannot both be checked
// out everywhere (lang/errors/method_named_like_startup has the file form).
TEST_CASE("interp: two methods whose names differ only in case are refused when the project loads") {
  auto r = runProjectFromMemory("helper\n", {}, {{"helper", "ALERT(\"a\")\n"}, {"Helper", "ALERT(\"b\")\n"}});
  CHECK_FALSE(r.loaded);
  CHECK(r.err.find("a method of this name is already defined by") != std::string::npos);
}
