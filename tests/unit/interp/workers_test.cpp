#include <doctest/doctest.h>

#include "snippet_runner.h"

using fourd::test::runProject;

TEST_CASE("interp: CALL WORKER runs calls in order on the worker with copied parameters") {
  auto r = runProject(
      "var $o : Object\n"
      "$o:={n: 1}\n"
      "CALL WORKER(\"w\"; \"report\"; $o)\n"
      "$o.n:=2\n"
      "CALL WORKER(\"w\"; Formula(ALERT(Current process name)))\n",
      {}, {{"report", "#DECLARE($o : Object)\nALERT(String($o.n))\n"}});
  REQUIRE(r.loaded);
  CHECK(r.startupOk);
  CHECK(r.out == "1\nw\n");
}

TEST_CASE("interp: shared objects are changed inside Use and seen by every worker") {
  auto r = runProject(
      "Use (Storage)\n"
      "  Storage.counter:=New shared object(\"n\"; 0)\n"
      "End use\n"
      "CALL WORKER(\"a\"; \"bump\")\n"
      "CALL WORKER(\"b\"; \"bump\")\n"
      "CALL WORKER(\"a\"; \"bump\")\n"
      "CALL WORKER(\"a\"; Formula(CALL WORKER(\"b\"; Formula(ALERT(String(Storage.counter.n))))))\n",
      {}, {{"bump", "Use (Storage.counter)\n  Storage.counter.n:=Storage.counter.n+1\nEnd use\n"}});
  REQUIRE(r.loaded);
  CHECK(r.out == "3\n");
  CHECK(r.err == "");
}

TEST_CASE("interp: changing a shared object outside Use is an error") {
  auto r = runProject("var $s : Object\n$s:=New shared object\n$s.x:=1\n");
  REQUIRE(r.loaded);
  CHECK_FALSE(r.startupOk);
  CHECK(r.err.find("Use") != std::string::npos);
}

TEST_CASE("interp: process variables belong to each worker") {
  auto r = runProject(
      "counter:=5\n"
      "CALL WORKER(\"w\"; Formula(ALERT(String(Value type(counter)=Is undefined))))\n");
  REQUIRE(r.loaded);
  CHECK(r.out == "True\n");
}
