#include <doctest/doctest.h>

#include "builtin_test_support.h"
#include "values/errors.h"

using namespace fourd;
using namespace fourd::test;

TEST_CASE("CONVERT FROM TEXT writes a blob into its third argument; Convert to text reads it") {
  LambdaContext ctx;
  const CommandDef* def = builtins().command("CONVERT FROM TEXT");
  std::vector<Value> args{text("héllo"), text("UTF-8"), Value()};
  def->fn(ctx, args, def->data);
  REQUIRE(args[2].isBlob());
  CHECK(args[2].asBlob()->bytes == "héllo");
  CHECK(command("BLOB size", {args[2]}).asLongint() == 6);
  CHECK(command("Convert to text", {args[2], text("utf-8")}).asText() == "héllo");
  CHECK_THROWS_AS(command("Convert to text", {args[2], text("EBCDIC")}), RuntimeError);
}

TEST_CASE("4D.Blob class: new, size, slice") {
  ClassDef* cls = builtins().fourDClass("Blob");
  REQUIRE(cls);
  CHECK(cls->nameSpace() == "4D");
  LambdaContext ctx;
  std::vector<Value> none;
  Value empty;
  REQUIRE(cls->callStatic(ctx, "new", none, empty));
  CHECK(empty.asBlob()->bytes.empty());
  Value b = Value::blob(make<BlobData>("0123456789"));
  std::vector<Value> fromBlob{b};
  Value same;
  cls->callStatic(ctx, "new", fromBlob, same);
  CHECK(same.asBlob()->bytes == "0123456789");
  Value size;
  REQUIRE(cls->get(ctx, b, "size", size));
  CHECK(size.asLongint() == 10);
  CHECK(member(b, "size").asLongint() == 10);
  CHECK(member(b, "slice", {num(2), num(5)}).asBlob()->bytes == "234");
  CHECK(member(b, "slice", {num(-3)}).asBlob()->bytes == "789");
  CHECK(member(b, "slice", {num(5), num(2)}).asBlob()->bytes.empty());
  CHECK_THROWS_AS(cls->set(ctx, b, "size", num(3)), RuntimeError);
}
