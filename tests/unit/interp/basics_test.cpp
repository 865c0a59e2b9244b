#include <doctest/doctest.h>

#include "snippet_runner.h"

using fourd::test::runProject;

TEST_CASE("interp: arithmetic is left to right and text operators work") {
  auto r = runProject(
      "ALERT(String(2+3*4))\n"
      "ALERT(\"ab\"*3)\n"
      "ALERT(String(7\\2)+\" \"+String(7%3)+\" \"+String(2^10))\n"
      "ALERT(String(\"abc\"=\"ABC\"))\n"
      "ALERT(String(1#2))\n");
  REQUIRE(r.loaded);
  CHECK(r.startupOk);
  CHECK(r.out == "20\nababab\n3 1 1024\nTrue\nTrue\n");
  CHECK(r.err == "");
}

TEST_CASE("interp: typed variables, loops and text building") {
  auto r = runProject(
      "var $i : Integer\n"
      "var $t : Text\n"
      "var $sum : Real\n"
      "For ($i; 1; 10)\n"
      "  $sum:=$sum+$i\n"
      "  $t:=$t+\"x\"\n"
      "End for\n"
      "$i:=7.9\n"
      "ALERT(String($sum)+\" \"+String(Length($t))+\" \"+String($i))\n"
      "var $n : Integer\n"
      "While ($n<5)\n"
      "  $n:=$n+1\n"
      "  If ($n=3)\n"
      "    break\n"
      "  End if\n"
      "End while\n"
      "ALERT(String($n))\n");
  REQUIRE(r.loaded);
  CHECK(r.out == "55 10 7\n3\n");
}

TEST_CASE("interp: short-circuit operators return the deciding value") {
  auto r = runProject(
      "var $o : Object\n"
      "ALERT(String(Null || \"fallback\"))\n"
      "ALERT(String(\"\" && 1))\n"
      "ALERT(String((1>0) ? \"yes\" : \"no\"))\n");
  REQUIRE(r.loaded);
  CHECK(r.out == "fallback\n\nyes\n");
}

TEST_CASE("interp: collections, objects and For each") {
  auto r = runProject(
      "var $c : Collection\n"
      "var $o : Object\n"
      "var $v : Variant\n"
      "var $k : Text\n"
      "$c:=[1; 2; 3]\n"
      "$o:={a: 1; b: \"two\"}\n"
      "For each ($v; $c)\n"
      "  $o.total:=Num($o.total)+$v\n"
      "End for each\n"
      "For each ($k; $o)\n"
      "  ALERT($k)\n"
      "End for each\n"
      "ALERT(String($o.total)+\" \"+String($c.length)+\" \"+String($c[1]))\n"
      "ALERT(String(Value type(Try($c[10]))))\n");
  REQUIRE(r.loaded);
  CHECK(r.out == "a\nb\ntotal\n6 3 2\n5\n");
}
