// The loader against the real plugin folders of tests/plugin-abi (TestPlugin and the bad ones), and
// TestPlugin's class and commands driven through the registry with a fake CallContext.
#include <doctest/doctest.h>

#include <chrono>
#include <sstream>
#include <thread>

#include "builtins/registry.h"
#include "fake_context.h"
#include "plugins/plugin_loader.h"

using namespace fourd;
using fourd::testing::FakeContext;
using fourd::testing::FakeHandler;

namespace {

struct LoadResult {
  std::vector<std::string> loaded;
  std::vector<std::string> problems;
  size_t shutdownHooks = 0;
};

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

LoadResult load(const std::vector<std::string>& dirs) {
  LoadResult result;
  std::ostringstream problems;
  result.loaded = loadPluginFolders(dirs, [&](std::function<void()>) { ++result.shutdownHooks; }, problems);
  result.problems = lines(problems.str());
  return result;
}

// Plugins load once per process: every test sees the result of the first load.
const LoadResult& testPlugins() {
  static const LoadResult result =
      load({FOURD_ABI_TEST_PLUGINS "/bad", FOURD_ABI_TEST_PLUGINS "/good", "/nonexistent/plugins"});
  return result;
}

ClassDef& counterClass() {
  testPlugins();
  ClassDef* cls = Registry::global().fourDClass("Counter");
  REQUIRE(cls);
  return *cls;
}

Value callStatic(CallContext& ctx, const char* name, std::vector<Value> args = {}) {
  Value out;
  bool found = counterClass().callStatic(ctx, name, args, out);
  REQUIRE(found);
  return out;
}

Value call(CallContext& ctx, const Value& self, const char* name, std::vector<Value> args = {}) {
  Value out;
  bool found = counterClass().call(ctx, self, name, args, out);
  REQUIRE(found);
  return out;
}

Value get(CallContext& ctx, const Value& self, const char* name) {
  Value out;
  bool found = counterClass().get(ctx, self, name, out);
  REQUIRE(found);
  return out;
}

Value newCounter(CallContext& ctx, double start) {
  Ref<ObjectData> options = make<ObjectData>();
  options->set("start", Value::real(start));
  return callStatic(ctx, "new", {Value::object(options)});
}

Value runCommand(CallContext& ctx, const char* name, std::vector<Value> args) {
  const CommandDef* command = Registry::global().command(name);
  REQUIRE(command);
  return command->fn(ctx, args, command->data);
}

// The RuntimeError `fn` throws.
template <class Fn>
ErrorInfo errorOf(Fn&& fn) {
  try {
    fn();
  } catch (const RuntimeError& e) {
    return e.info();
  }
  FAIL("no RuntimeError");
  return {};
}

}  // namespace

TEST_CASE("plugin loader: the good plugin loads, each bad one is refused with one line naming it") {
  const LoadResult& result = testPlugins();
  CHECK(result.loaded == std::vector<std::string>{"TestPlugin"});
  CHECK(result.shutdownHooks == 1);  // only TestPlugin's: refused plugins leave no hooks
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"BadJson", "invalid JSON"},
      {"DeclaresMore", "class Liar: function 'missing' is declared in the manifest but not registered"},
      {"EntryFails", "entry point fd_liar_fails failed (returned 7)"},
      {"MissingEntry", "entry point fd_no_such_entry not found in library libabi_liar_plugin.so"},
      {"MissingLibrary", "library libnot_there.so not found in the plugin folder"},
      {"ReadOnlyMismatch",
       "class Liar: 'size' is registered as a read-only property but the manifest declares a writable property"},
      {"RegistersUndeclared", "class Liar: registers function 'sneaky' that the manifest does not declare"},
      {"WrongAbi", "built for plugin ABI version 2, this host implements 1"},
  };
  REQUIRE(result.problems.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(result.problems[i]);
    CHECK(result.problems[i].find("plugin \"" + expected[i].first + "\" not loaded (") == 0);
    CHECK(result.problems[i].find(expected[i].second) != std::string::npos);
  }
}

TEST_CASE("plugin loader: nothing a refused plugin registered stays registered") {
  testPlugins();
  CHECK(Registry::global().fourDClass("Liar") == nullptr);
  CHECK(Registry::global().command("LIAR COMMAND") == nullptr);
  bool complete = false;
  CHECK_FALSE(Registry::global().isNameOrPrefix("liar", complete));
  CHECK(Registry::global().fourDClass("Counter") != nullptr);
  CHECK(Registry::global().command("test describe") != nullptr);
}

TEST_CASE("plugin loader: a plugin name and a folder are taken once per process") {
  testPlugins();
  LoadResult again = load({FOURD_ABI_TEST_PLUGINS "/good", FOURD_ABI_TEST_PLUGINS "/bad"});
  CHECK(again.loaded.empty());
  CHECK(again.problems.empty());
}

TEST_CASE("native class: static new, getters, setters, methods") {
  FakeContext ctx;
  ClassDef& cls = counterClass();
  CHECK(cls.name() == "Counter");
  CHECK(cls.nameSpace() == "4D");
  Value counter = newCounter(ctx, 10);
  REQUIRE(counter.isObject());
  CHECK(counter.asObject()->cls.get() == &cls);
  CHECK(get(ctx, counter, "value").asNumber() == 10);
  CHECK(call(ctx, counter, "increment").asNumber() == 11);
  CHECK(cls.set(ctx, counter, "step", Value::real(5)));
  CHECK(get(ctx, counter, "step").asNumber() == 5);
  CHECK(call(ctx, counter, "increment").asNumber() == 16);
  CHECK(cls.hasFunction("increment"));
  CHECK_FALSE(cls.hasFunction("value"));
  Value out;
  std::vector<Value> none;
  CHECK_FALSE(cls.get(ctx, counter, "unknown", out));
  CHECK_FALSE(cls.set(ctx, counter, "unknown", Value::real(1)));
  CHECK_FALSE(cls.call(ctx, counter, "unknown", none, out));
  CHECK_FALSE(cls.callStatic(ctx, "unknown", none, out));
  Value snapshot = call(ctx, counter, "snapshot");
  REQUIRE(snapshot.isObject());
  CHECK(snapshot.asObject()->find("value")->asNumber() == 16);
  CHECK(snapshot.asObject()->find("label")->asText() == "");
}

TEST_CASE("native class: read-only properties and plugin errors become 4D errors") {
  FakeContext ctx;
  ClassDef& cls = counterClass();
  Value counter = newCounter(ctx, 1);
  ErrorInfo readOnly = errorOf([&] { cls.set(ctx, counter, "value", Value::real(3)); });
  CHECK(readOnly.message == "The property value of class 4D.Counter is read-only");
  CHECK(get(ctx, counter, "value").asNumber() == 1);

  ErrorInfo raised = errorOf([&] { call(ctx, counter, "fail", {Value::real(123), Value::text("custom")}); });
  CHECK(raised.code == 123);
  CHECK(raised.message == "custom");
  CHECK(raised.component == "TestPlugin");

  ErrorInfo rejected = errorOf([&] { cls.set(ctx, counter, "step", Value::real(0)); });
  CHECK(rejected.code == 42);
  CHECK(rejected.component == "TestPlugin");
}

TEST_CASE("native class: finalizers run when the last reference goes") {
  FakeContext ctx;
  double before = callStatic(ctx, "live").asNumber();
  {
    Value a = newCounter(ctx, 1);
    Value copy = a;
    CHECK(callStatic(ctx, "live").asNumber() == before + 1);
    a = Value();
    CHECK(callStatic(ctx, "live").asNumber() == before + 1);
  }
  CHECK(callStatic(ctx, "live").asNumber() == before);
}

TEST_CASE("native class: unwrap recognises only its own instances") {
  FakeContext ctx;
  CHECK(callStatic(ctx, "isCounter", {newCounter(ctx, 0)}).asBool());
  CHECK_FALSE(callStatic(ctx, "isCounter", {Value::object(make<ObjectData>())}).asBool());
  CHECK_FALSE(callStatic(ctx, "isCounter", {Value::text("x")}).asBool());
  CHECK_FALSE(callStatic(ctx, "isCounter", {}).asBool());
}

TEST_CASE("call_function: results, missing functions and raised errors") {
  FakeContext ctx;
  Value counter = newCounter(ctx, 7);
  Value handler = FakeHandler::newInstance();
  CHECK(call(ctx, counter, "callBack", {handler, Value::text("greet"), Value::text("hi")}).asText() == "greet:hi:7");
  ErrorInfo missing = errorOf([&] { call(ctx, counter, "callBack", {handler, Value::text("nope")}); });
  CHECK(missing.code == 43);
  ErrorInfo raised = errorOf([&] { call(ctx, counter, "callBack", {handler, Value::text("explode")}); });
  CHECK(raised.code == 44);
  CHECK(raised.message == "the callback raised: boom");
}

TEST_CASE("commands: every value type crosses the ABI") {
  FakeContext ctx;
  Ref<ObjectData> obj = make<ObjectData>();
  obj->set("a", Value::real(1));
  obj->set("b", Value::text("x"));
  Ref<CollectionData> items = make<CollectionData>();
  items->items = {Value::real(1), Value::text("two"), Value::boolean(false)};
  Value described = runCommand(ctx, "TEST DESCRIBE",
                               {Value::text("abc"), Value::real(3.5), Value::longint(4), Value::boolean(true),
                                Value::null(), Value(), Value::object(obj), Value::collection(items),
                                Value::blob(make<BlobData>(std::string("\0\1\2", 3))), newCounter(ctx, 0)});
  CHECK(described.asText() ==
        "text:abc | number:3.5 | number:4 | boolean:true | null | undefined | object:{\"a\":1,\"b\":\"x\"} | "
        "collection:[number:1,text:two,boolean:false] | blob:3 bytes | counter");
  CHECK(runCommand(ctx, "test range", {Value::real(3)}).asCollection()->items.size() == 3);
  Value parsed = runCommand(ctx, "TEST PARSE", {Value::text(R"({"k":[1,{"z":null}]})")});
  REQUIRE(parsed.isObject());
  CHECK(parsed.asObject()->find("k")->asCollection()->items.size() == 2);
  CHECK(errorOf([&] { runCommand(ctx, "TEST PARSE", {Value::text("{broken")}); }).code == 47);
}

TEST_CASE("workers: a background thread's posts run on the worker, and the handle keeps the host busy") {
  FakeContext ctx;
  Value counter = newCounter(ctx, 0);
  Value handler = FakeHandler::newInstance();
  call(ctx, counter, "startTicker", {Value::real(3), handler});
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (ctx.kept() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  REQUIRE_FALSE(ctx.kept());
  CHECK(ctx.fakeMailbox()->runQueued(ctx) == 4);
  auto& calls = static_cast<FakeHandler*>(handler.asObject()->cls.get())->calls;
  CHECK(calls == std::vector<std::string>{"onTick:1", "onTick:2", "onTick:3", "onDone:3"});
}

TEST_CASE("workers: tasks dropped by a stopping worker still free their data") {
  FakeContext ctx;
  Value counter = newCounter(ctx, 0);
  Value handler = FakeHandler::newInstance();
  call(ctx, counter, "startTicker", {Value::real(2), handler});
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (ctx.kept() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  REQUIRE_FALSE(ctx.kept());
  CHECK(handler.asObject()->refs.load() > 1);  // the queued tasks hold the handler
  ctx.fakeMailbox()->close();
  CHECK(handler.asObject()->refs.load() == 1);
  CHECK(static_cast<FakeHandler*>(handler.asObject()->cls.get())->calls.empty());
}
