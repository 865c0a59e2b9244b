// Real sources parse without errors: the SPEC's chat example (tests/unit/lang/data) and every .4dm file of the
// example projects, with the names the registry really holds.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "builtins/builtins.h"
#include "builtins/registry.h"
#include "fake_names.h"
#include "interp/runtime.h"
#include "lang/parser.h"

namespace fourd::lang {
namespace {

namespace fs = std::filesystem;

const fs::path kHere = fs::path(__FILE__).parent_path();

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

ModuleKind kindOf(const fs::path& file) {
  return file.parent_path().filename() == "Classes" ? ModuleKind::Class : ModuleKind::Method;
}

// Either oracle knows the name; the first one decides its kind.
class BothNames : public NameOracle {
 public:
  BothNames(const NameOracle& first, const NameOracle& second) : first_(first), second_(second) {}
  bool isNameOrPrefix(std::string_view words, bool& complete) const override {
    bool c1 = false, c2 = false;
    bool known = first_.isNameOrPrefix(words, c1) | second_.isNameOrPrefix(words, c2);
    complete = c1 || c2;
    return known;
  }
  NameKind kindOf(std::string_view name) const override {
    NameKind k = first_.kindOf(name);
    return k != NameKind::Unknown ? k : second_.kindOf(name);
  }

 private:
  const NameOracle& first_;
  const NameOracle& second_;
};

void expectClean(const fs::path& file, const NameOracle& names) {
  ParseResult r = parse(readFile(file), file.string(), kindOf(file), names);
  INFO(file.string());
  for (const auto& e : r.errors) FAIL_CHECK(e.file << ":" << e.line << ":" << e.column << ": " << e.message);
  CHECK(r.module);
}

}  // namespace

TEST_CASE("sources: the SPEC's chat example parses") {
  for (const char* name : {"ServerHandler.4dm", "ChatHandler.4dm"}) {
    fs::path file = kHere / "data" / name;
    ParseResult r = parse(readFile(file), file.string(), ModuleKind::Class, test::commonNames());
    for (const auto& e : r.errors) FAIL_CHECK(e.line << ":" << e.column << ": " << e.message);
    CHECK(!r.module->cls->functions.empty());
  }
  fs::path startup = kHere / "data" / "onStartup.4dm";
  ParseResult r = parse(readFile(startup), startup.string(), ModuleKind::Method, test::commonNames());
  for (const auto& e : r.errors) FAIL_CHECK(e.line << ":" << e.column << ": " << e.message);
  REQUIRE(r.module->method->body.size() == 3);
}

TEST_CASE("sources: every example project parses with the registry's names") {
  Registry& registry = Registry::global();
  registerBuiltins(registry);
  registerLanguageCommands(registry);
  // The WebSocket plugin's commands come from its manifest at run time; the examples use these.
  static const test::FakeNames pluginNames{{"web start server", NameKind::Command},
                                           {"web stop server", NameKind::Command},
                                           {"web server", NameKind::Command}};
  fs::path examples = kHere / ".." / ".." / ".." / "examples";
  if (!fs::exists(examples)) return;
  size_t parsed = 0;
  for (const auto& project : fs::directory_iterator(examples)) {
    fs::path sources = project.path() / "Project" / "Sources";
    if (!fs::exists(sources)) continue;
    ProjectNameOracle oracle(registry);
    if (fs::exists(sources / "Methods"))
      for (const auto& m : fs::directory_iterator(sources / "Methods")) oracle.addMethod(moduleNameFromFile(m.path().string()));
    BothNames names(oracle, pluginNames);
    for (const auto& entry : fs::recursive_directory_iterator(sources)) {
      if (entry.path().extension() != ".4dm") continue;
      expectClean(entry.path(), names);
      ++parsed;
    }
  }
  CHECK(parsed > 0);
}

TEST_CASE("ProjectNameOracle: registry commands and constants, project methods") {
  Registry& registry = Registry::global();
  registry.addCommand({"Zz Parser Probe Command"});
  registry.addConstant("Zz Parser Probe Constant", fourd::Value::real(1));
  ProjectNameOracle oracle(registry);
  oracle.addMethod("Zz Parser Probe Method");
  oracle.addMethod("zzSingleWord");

  bool complete = false;
  CHECK(oracle.isNameOrPrefix("zz parser probe", complete));
  CHECK_FALSE(complete);
  CHECK(oracle.isNameOrPrefix("zz parser probe command", complete));
  CHECK(complete);
  CHECK(oracle.isNameOrPrefix("zz parser probe method", complete));
  CHECK(complete);
  CHECK_FALSE(oracle.isNameOrPrefix("zz parser probe other", complete));
  CHECK(oracle.kindOf("zz parser probe command") == NameKind::Command);
  CHECK(oracle.kindOf("zz parser probe constant") == NameKind::Constant);
  CHECK(oracle.kindOf("zz parser probe method") == NameKind::Method);
  CHECK(oracle.kindOf("zzsingleword") == NameKind::Method);
  CHECK(oracle.kindOf("zz nothing") == NameKind::Unknown);

  ParseResult r = parse("Zz Parser Probe Method(Zz Parser Probe Constant)\nZz Parser Probe Command", "m.4dm",
                        ModuleKind::Method, oracle);
  REQUIRE(r.errors.empty());
  const Block& body = r.module->method->body;
  auto& call = static_cast<const MethodCallExpr&>(*static_cast<const ExprStmt&>(*body[0]).expr);
  CHECK(call.key == "zz parser probe method");
  CHECK(call.args[0]->kind == ExprKind::Constant);
  CHECK(static_cast<const ExprStmt&>(*body[1]).expr->kind == ExprKind::Command);
}

}  // namespace fourd::lang
