// Runtime::load(sources) is how the evaluator fuzzer runs its inputs; what it finds holds for the host only if
// a project loaded from memory behaves exactly as the same project read from files.
#include <doctest/doctest.h>

#include "snippet_runner.h"

using fourd::test::runProject;
using fourd::test::runProjectFromMemory;

TEST_CASE("interp: a project loaded from memory runs as from files") {
  const std::string startup =
      "var $c : cs.Counter:=cs.Counter.new(2)\n"
      "ALERT(String(twice($c.next())))\n"
      "var gA : Integer:=Value type(gB)\n"
      "ALERT(String(gA))\n"
      "throw(7; \"stop\")\n";
  const std::map<std::string, std::string> classes{
      {"Counter", "Class constructor($n : Integer)\nThis.n:=$n\nFunction next() : Integer\nThis.n+=1\nreturn This.n\n"}};
  const std::map<std::string, std::string> methods{{"twice", "#DECLARE($x : Integer) : Integer\nreturn $x*2\n"}};
  auto files = runProject(startup, classes, methods);
  auto memory = runProjectFromMemory(startup, classes, methods);
  CHECK(files.out == "6\n5\n");
  CHECK(memory.loaded);
  CHECK(memory.startupOk == files.startupOk);
  CHECK(memory.out == files.out);
  CHECK(memory.err == files.err);
}

TEST_CASE("interp: syntax errors of sources in memory name their path as those of files do") {
  auto files = runProject("ALERT(\"ok\")\n", {}, {{"broken", "$a:=(1\n"}});
  auto memory = runProjectFromMemory("ALERT(\"ok\")\n", {}, {{"broken", "$a:=(1\n"}});
  // A method that does not parse is reported and the project still runs (it raises the error if called).
  CHECK(memory.loaded);
  CHECK(memory.loaded == files.loaded);
  CHECK(memory.out == "ok\n");
  CHECK(memory.err.find("/Project/Sources/Methods/broken.4dm:1:7: expected ')'") != std::string::npos);
  // Each run has its own temporary folder: the messages are compared from the file name on.
  CHECK(memory.err.substr(memory.err.find("broken.4dm")) == files.err.substr(files.err.find("broken.4dm")));
}
