#include <doctest/doctest.h>

#include "builtin_test_support.h"
#include "builtins/command_args.h"
#include "values/errors.h"

using namespace fourd;
using namespace fourd::test;

TEST_CASE("Length and Substring count UTF-16 units") {
  CHECK(command("Length", {text("hello")}).asLongint() == 5);
  CHECK(command("Length", {text("é😀")}).asLongint() == 3);
  CHECK(command("Substring", {text("Hello world"), num(7)}).asText() == "world");
  CHECK(command("Substring", {text("Hello world"), num(1), num(5)}).asText() == "Hello");
  CHECK(command("Substring", {text("Hello"), num(9)}).asText() == "");
  CHECK(command("Substring", {text("a😀bé"), num(4), num(2)}).asText() == "bé");
}

TEST_CASE("Position is 1-based, case-insensitive, with optional start and *") {
  CHECK(command("Position", {text("World"), text("Hello world")}).asLongint() == 7);
  CHECK(command("Position", {text("World"), text("Hello world"), starArgument()}).asLongint() == 0);
  CHECK(command("Position", {text("o"), text("Hello world"), num(6)}).asLongint() == 8);
  CHECK(command("Position", {text("x"), text("Hello")}).asLongint() == 0);
  CHECK(command("Position", {text(""), text("Hello")}).asLongint() == 0);
  CHECK(command("Position", {text("b"), text("😀ab")}).asLongint() == 4);
  CHECK(command("Position", {text("day"), text("Today is the first day"), num(4)}).asLongint() == 20);
  CHECK(command("Position", {text("DAY"), text("Today is the first day"), num(1), starArgument()}).asLongint() == 0);
  CHECK(command("Position", {text("abc@"), text("abcdef")}).asLongint() == 0);
}

TEST_CASE("Position writes the length found into its 4th argument") {
  LambdaContext ctx;
  const CommandDef* def = builtins().command("Position");
  CHECK(def->outParams == 8u);
  std::vector<Value> args{text("ÉTÉ"), text("un été"), num(1), Value()};
  CHECK(def->fn(ctx, args, def->data).asLongint() == 4);
  CHECK(args[3].asLongint() == 3);
  args = {text("zz"), text("abc"), num(1), Value()};
  CHECK(def->fn(ctx, args, def->data).asLongint() == 0);
  CHECK(args[3].asLongint() == 0);
}

TEST_CASE("Replace string") {
  CHECK(command("Replace string", {text("a-b-c"), text("-"), text("+")}).asText() == "a+b+c");
  CHECK(command("Replace string", {text("a-b-c"), text("-"), text(""), num(1)}).asText() == "ab-c");
  CHECK(command("Replace string", {text("Hello HELLO"), text("hello"), text("bye")}).asText() == "bye bye");
  CHECK(command("Replace string", {text("Crème brûlée"), text("Brulee"), text("caramel")}).asText() == "Crème caramel");
  CHECK(command("Replace string", {text("Hello HELLO"), text("hello"), text("bye"), starArgument()}).asText() ==
        "Hello HELLO");
}

TEST_CASE("Delete string, Insert string, Change string (documented examples)") {
  CHECK(command("Delete string", {text("Lamborghini"), num(6), num(6)}).asText() == "Lambo");
  CHECK(command("Delete string", {text("Indentation"), num(6), num(2)}).asText() == "Indention");
  CHECK(command("Delete string", {text("abcdef"), num(3), num(32000)}).asText() == "ab");
  CHECK(command("Delete string", {text("abc"), num(0), num(1)}).asText() == "bc");
  CHECK(command("Delete string", {text("abc"), num(9), num(1)}).asText() == "abc");
  CHECK(command("Insert string", {text("The tree"), text(" green"), num(4)}).asText() == "The green tree");
  CHECK(command("Insert string", {text("Shut"), text("o"), num(3)}).asText() == "Shout");
  CHECK(command("Insert string", {text("ab"), text("X"), num(0)}).asText() == "Xab");
  CHECK(command("Insert string", {text("ab"), text("X"), num(9)}).asText() == "abX");
  CHECK(command("Change string", {text("Acme"), text("CME"), num(2)}).asText() == "ACME");
  CHECK(command("Change string", {text("November"), text("Dec"), num(1)}).asText() == "December");
  CHECK(command("Change string", {text("abc"), text("XYZ"), num(3)}).asText() == "abX");
  CHECK(command("Change string", {text("abc"), text("X"), num(4)}).asText() == "abc");
  CHECK(command("Change string", {text("héllo"), text("E"), num(2)}).asText() == "hEllo");
}

TEST_CASE("Split string with options") {
  Value c = command("Split string", {text("John;Doe;;  NJ ; 08075"), text(";")});
  CHECK(c.asCollection()->items.size() == 5);
  c = command("Split string", {text("John;Doe;;  NJ ; 08075"), text(";"), num(3)});
  REQUIRE(c.asCollection()->items.size() == 4);
  CHECK(c.asCollection()->items[2].asText() == "NJ");
  c = command("Split string", {text("aé"), text("")});
  REQUIRE(c.asCollection()->items.size() == 2);
  CHECK(c.asCollection()->items[1].asText() == "é");
}

TEST_CASE("Uppercase, Lowercase, Char, Character code") {
  CHECK(command("Uppercase", {text("abc é")}).asText() == "ABC E");
  CHECK(command("Uppercase", {text("hélène"), starArgument()}).asText() == "HÉLÈNE");
  CHECK(command("Lowercase", {text("DÉJÀ VU"), starArgument()}).asText() == "déjà vu");
  CHECK(command("Lowercase", {text("ABC")}).asText() == "abc");
  CHECK(command("Char", {num(65)}).asText() == "A");
  CHECK(command("Char", {num(0x20AC)}).asText() == "€");
  CHECK(command("Character code", {text("A")}).asLongint() == 65);
  CHECK(command("Character code", {text("€")}).asLongint() == 0x20AC);
}

TEST_CASE("String and Num") {
  CHECK(command("String", {num(2.5)}).asText() == "2.5");
  CHECK(command("String", {Value::longint(-7)}).asText() == "-7");
  CHECK(command("String", {Value::boolean(true)}).asText() == "True");
  CHECK(command("String", {num(32768), text("###,##0 Inhabitants")}).asText() == "32,768 Inhabitants");
  CHECK(command("String", {num(1.0 / 3), text("##0.00000")}).asText() == "0.33333");
  CHECK(command("String", {num(3.14159), text("##0.00")}).asText() == "3.14");
  CHECK(command("String", {num(-1), text("&x")}).asText() == "0xFFFFFFFF");
  CHECK(command("String", {num(128), text("&$")}).asText() == "$80");
  CHECK(command("String", {num(1), text("True;;False")}).asText() == "True");
  CHECK(command("String", {num(0), text("True;;False")}).asText() == "False");
  CHECK(command("Num", {text("12abc")}).asNumber() == 12);
  CHECK(command("Num", {Value::boolean(true)}).asNumber() == 1);
  CHECK(command("Num", {text("33,333.33"), text(".")}).asNumber() == doctest::Approx(33333.33));
  CHECK(command("Num", {text("1 234,5"), text(",")}).asNumber() == doctest::Approx(1234.5));
  CHECK(command("Num", {text("7")}).kind() == Kind::Real);
}

TEST_CASE("text arguments are type-checked") {
  CHECK_THROWS_AS(command("Length", {num(3)}), RuntimeError);
  CHECK(command("Length", {Value()}).asLongint() == 0);
}

TEST_CASE("Replace string stays linear on large inputs") {
  std::string big;
  for (int i = 0; i < 200000; ++i) big += "ab";
  Value out = command("Replace string", {Value::text(big), text("A"), text("xyz")});
  CHECK(out.asText().size() == 800000);
}

TEST_CASE("character and occurrence loops stay linear on large texts" * doctest::timeout(5)) {
  std::string big;
  for (int i = 0; i < 50000; ++i) big += "word é, ";
  Value t = Value::text(big);
  int64_t units = command("Length", {t}).asLongint();
  CHECK(units == 400000);
  int64_t commas = 0;
  for (int64_t start = 1;;) {
    int64_t at = command("Position", {text(","), t, num(static_cast<double>(start))}).asLongint();
    if (at == 0) break;
    ++commas;
    start = at + 1;
  }
  CHECK(commas == 50000);
  std::string ascii(200000, 'x');
  Value a = Value::text(ascii);
  for (int i = 1; i <= 20000; ++i) REQUIRE(command("Substring", {a, num(i), num(1)}).asText() == "x");
}
