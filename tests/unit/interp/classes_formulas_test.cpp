#include <doctest/doctest.h>

#include "snippet_runner.h"

using fourd::test::runProject;

TEST_CASE("interp: classes with constructor, inheritance, Super and computed properties") {
  auto r = runProject(
      "var $c : cs.Circle\n"
      "$c:=cs.Circle.new(2)\n"
      "ALERT($c.describe())\n"
      "ALERT(String($c.area))\n"
      "ALERT(String(OB Instance of($c; cs.Shape))+\" \"+cs.Circle.superclass.name)\n",
      {{"Shape", "property kind : Text\n"
                 "Class constructor($kind : Text)\n"
                 "  This.kind:=$kind\n"
                 "Function describe() : Text\n"
                 "  return \"shape \"+This.kind\n"},
       {"Circle", "Class extends Shape\n"
                  "Class constructor($r : Real)\n"
                  "  Super(\"circle\")\n"
                  "  This.r:=$r\n"
                  "Function get area() : Real\n"
                  "  return This.r*This.r*3\n"
                  "Function describe() : Text\n"
                  "  return Super.describe()+\" r=\"+String(This.r)\n"}});
  REQUIRE(r.loaded);
  CHECK(r.err == "");
  CHECK(r.out == "shape circle r=2\n12\nTrue Shape\n");
}

TEST_CASE("interp: formulas capture locals by value and take This and parameters") {
  auto r = runProject(
      "var $n : Integer\n"
      "var $f : 4D.Function\n"
      "var $o : Object\n"
      "$n:=10\n"
      "$f:=Formula($1+$n)\n"
      "$n:=99\n"
      "ALERT(String($f.call(Null; 5)))\n"
      "$o:={v: 3}\n"
      "$o.get:=Formula(This.v*$1)\n"
      "ALERT(String($o.get(7)))\n"
      "ALERT(String(Formula from string(\"$1*2\").apply(Null; [21])))\n"
      "ALERT(String(Formula(twice($1)).call(Null; 4)))\n",
      {}, {{"twice", "#DECLARE($x : Real) : Real\nreturn $x*2\n"}});
  REQUIRE(r.loaded);
  CHECK(r.err == "");
  CHECK(r.out == "15\n21\n42\n8\n");
}
