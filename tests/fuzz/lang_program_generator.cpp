#include "lang_program_generator.h"

#include <algorithm>

#include "builtins/registry.h"

namespace fourd::fuzz {

namespace {

// What the registry knows, read once (LLVMFuzzerInitialize has filled it by then).
struct Vocabulary {
  std::vector<const CommandDef*> commands;
  std::vector<std::string> constants;
  std::vector<std::string> collectionFunctions;

  static const Vocabulary& get() {
    static const Vocabulary vocabulary = [] {
      const Registry& registry = Registry::global();
      Vocabulary v;
      // Waiting costs the fuzzer its speed and finds nothing the other commands do not.
      for (const CommandDef* c : registry.commands())
        if (normalizeName(c->name) != "delay process") v.commands.push_back(c);
      v.constants = registry.constantNames();
      v.collectionFunctions = registry.collectionFunctionNames();
      return v;
    }();
    return vocabulary;
  }
};

constexpr int kMaxDepth = 3;

// `code` as a 4D text literal.
std::string quoted(const std::string& code) {
  std::string out = "\"";
  for (char c : code) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

const char* const kLocals[] = {"$a", "$i", "$t", "$o", "$c", "$f", "$r", "$b"};
const char* const kGlobals[] = {"gA", "gB", "gC", "<>gI", "<>gJ"};
const char* const kParameters[] = {"$1", "$2", "${1}", "${$i}", "$0"};
const char* const kProperties[] = {"a", "b", "length", "name", "value", "v", "x"};
const char* const kMembers[] = {"f", "g", "call", "apply", "new", "size", "slice", "source", "toString"};
const char* const kTypes[] = {"Integer", "Real", "Text", "Boolean", "Object", "Collection", "Variant",
                              "Blob", "4D.Function", "cs.C1", "Date"};
const char* const kNumbers[] = {"0", "1", "2", "-1", "3.5", "1e308", "-1e308", "2147483647", "-2147483648",
                                "9007199254740993", "0.1", "255", "1/0"};
const char* const kTexts[] = {"\"\"", "\"a\"", "\"é\\u00e9\"", "\"x\\ny\"", "\"@\"", "\"{}\"", "\"[1,2]\"",
                              "\"m1\"", "\"C1\"", "\"$1+1\"", "\"gA\"", "\"a.b\"", "\"😀\""};
const char* const kBinaryOps[] = {"+", "-", "*", "/", "%", "^", "\\", "=", "#", "<", ">", "<=",
                                  ">=", "&", "|", "&&", "||", "<<", ">>", "^|", "?+", "?-", "?" "?"};
const char* const kAssignOps[] = {":=", ":=", ":=", "+=", "-=", "*=", "/="};

}  // namespace

std::string ProgramGenerator::variable() {
  switch (below(5)) {
    case 0:
    case 1: return pick(kLocals);
    case 2:
    case 3: return pick(kGlobals);
    default: return chance(70) ? pick(kParameters) : "This";
  }
}

std::string ProgramGenerator::leaf() {
  const Vocabulary& v = Vocabulary::get();
  switch (below(12)) {
    case 0:
    case 1: return pick(kNumbers);
    case 2: return pick(kTexts);
    case 3: return pick({"True", "False", "Null", "!2024-02-29!", "!00-00-00!", "?12:30:00?", "?00:00:00?"});
    case 4:
    case 5:
    case 6: return variable();
    case 7: return v.constants.empty() ? "0" : v.constants[below(v.constants.size())];
    case 8: return pick({"New object", "New collection", "[]", "{}", "Storage", "New shared object",
                         "New shared collection"});
    case 9: return pick({"cs.C1", "cs.C2", "cs", "4D", "4D.Blob", "This", "Super"});
    case 10: return pick({"Last errors", "Current process name", "Count parameters"});
    default: return pick(kNumbers);
  }
}

std::string ProgramGenerator::arguments(size_t count, int depth) {
  std::string out;
  for (size_t i = 0; i < count; ++i) {
    if (i) out += "; ";
    out += expression(depth + 1);
  }
  return out;
}

std::string ProgramGenerator::command(int depth) {
  const auto& commands = Vocabulary::get().commands;
  if (commands.empty()) return "ALERT(\"\")";
  const CommandDef& c = *commands[below(commands.size())];
  size_t low = static_cast<size_t>(c.minArgs);
  size_t high = c.maxArgs < 0 ? low + 3 : static_cast<size_t>(c.maxArgs);
  size_t count = low + below(high - low + 1);
  if (chance(5)) count = count ? count - 1 : count + 1;  // the wrong number, now and then
  if (count == 0 && chance(80)) return c.name;
  return c.name + "(" + arguments(count, depth) + ")";
}

std::string ProgramGenerator::memberCall(int depth) {
  const auto& functions = Vocabulary::get().collectionFunctions;
  std::string name = chance(70) && !functions.empty() ? functions[below(functions.size())] : pick(kMembers);
  return "." + name + "(" + arguments(below(4), depth) + ")";
}

std::string ProgramGenerator::expression(int depth) {
  if (depth >= kMaxDepth || chance(30)) return leaf();
  switch (below(21)) {
    case 0:
    case 1:
    case 2: return expression(depth + 1) + pick(kBinaryOps) + expression(depth + 1);
    case 3: return "(" + expression(depth + 1) + ")";
    case 4: return chance(50) ? "Not(" + expression(depth + 1) + ")" : pick({"-", "+"}) + expression(depth + 1);
    case 5: return expression(depth + 1) + " ? " + expression(depth + 1) + " : " + expression(depth + 1);
    case 6: return variable() + "." + pick(kProperties);
    case 7: return expression(depth + 1) + "[" + expression(depth + 1) + "]";
    case 8: return variable() + "[[" + expression(depth + 1) + "]]";
    case 9:
    case 10: return variable() + memberCall(depth);
    case 11:
    case 12:
    case 13: return command(depth);
    case 14: return "[" + arguments(below(4), depth) + "]";
    case 15: return "{" + std::string(pick(kProperties)) + ": " + expression(depth + 1) + "}";
    case 16: return pick({"Formula(", "Try(", "cs.C1.new(", "cs.C2.new(", "m1(", "m2("}) + expression(depth + 1) + ")";
    case 17: return std::string(pick({"$f", "Formula($1)", "gA", "This.f"})) + "." + pick({"call", "apply"}) + "(" +
                    arguments(below(3), depth) + ")";
    case 18: return "Value type(" + expression(depth + 1) + ")";
    case 19: return "Formula from string(" + quoted(expression(depth + 1)) + ")";
  }
  return "OB Copy(" + expression(depth + 1) + ")";
}

std::string ProgramGenerator::target(int depth) {
  switch (below(8)) {
    case 0: return variable() + "." + pick(kProperties);
    case 1: return variable() + "[" + expression(depth + 1) + "]";
    case 2: return variable() + "[[" + expression(depth + 1) + "]]";
    case 3: return "${" + expression(depth + 1) + "}";
    default: return variable();
  }
}

std::string ProgramGenerator::type() { return pick(kTypes); }

std::string ProgramGenerator::block(int depth) {
  std::string out;
  for (size_t n = 1 + below(3); n > 0; --n) out += statement(depth + 1);
  return out;
}

std::string ProgramGenerator::statement(int depth) {
  if (depth >= kMaxDepth) return target(depth) + ":=" + leaf() + "\n";
  switch (below(24)) {
    case 0:
    case 1: {
      std::string out = "var " + variable();
      if (chance(30)) out += "; " + variable();
      out += " : " + type();
      if (chance(60)) out += " := " + expression(depth);
      return out + "\n";
    }
    case 2: return std::string(pick({"C_TEXT", "C_LONGINT", "C_OBJECT", "C_COLLECTION", "C_VARIANT"})) + "(" +
                   variable() + ")\n";
    case 3:
    case 4:
    case 5:
    case 6: return target(depth) + pick(kAssignOps) + expression(depth) + "\n";
    case 7:
    case 8: return command(depth) + "\n";
    case 9: return "ALERT(String(" + expression(depth) + "))\n";
    case 10: return expression(depth) + memberCall(depth) + "\n";
    case 11: return std::string(pick({"m1", "m2"})) + "(" + arguments(below(3), depth) + ")\n";
    case 12: return "return " + (chance(70) ? expression(depth) : "") + "\n";
    case 13: return std::string(pick({"break", "continue"})) + "\n";
    case 14: {
      switch (below(3)) {
        case 0: return "throw(" + expression(depth) + ")\n";
        case 1: return "throw(" + expression(depth) + "; " + expression(depth) + ")\n";
        default: return "throw({errCode: 1; message: \"m\"; deferred: " + std::string(pick({"True", "False"})) +
                        "})\n";
      }
    }
    case 15: return std::string("ON ERR CALL(") + pick({"\"m1\"", "\"m2\"", "\"\"", "\"nothing\""}) + ")\n";
    case 16: {
      std::string worker = pick({"\"w1\"", "\"w2\"", "Current process name"});
      switch (below(3)) {
        case 0: return "CALL WORKER(" + worker + "; Formula(" + expression(depth) + "); " + expression(depth) + ")\n";
        case 1: return "CALL WORKER(" + worker + "; \"m1\"; " + expression(depth) + ")\n";
        default: return "KILL WORKER(" + worker + ")\n";
      }
    }
    default: return wrap(block(depth));
  }
}

std::string ProgramGenerator::wrap(const std::string& body) {
  switch (below(9)) {
    case 0: return "If (" + expression(1) + ")\n" + body + (chance(50) ? "Else\n" + statement(2) : "") + "End if\n";
    case 1: return "Case of\n: (" + expression(1) + ")\n" + body + ": (" + expression(1) + ")\n" + statement(2) +
                   (chance(50) ? "Else\n" + statement(2) : "") + "End case\n";
    case 2: return "For ($i; " + std::string(pick(kNumbers)) + "; " + pick({"3", "0", "2", "$i", "gA"}) + ")\n" +
                   body + "End for\n";
    case 3: return "For each (" + variable() + "; " + expression(1) + ")\n" + body + "End for each\n";
    case 4: return "$i:=0\nWhile ($i<" + std::string(pick({"3", "2", "gA"})) + ")\n$i:=$i+1\n" + body +
                   "End while\n";
    case 5: return "Repeat\n" + body + "Until (" + expression(1) + ")\n";
    case 6: return "Try\n" + body + (chance(70) ? "Catch\n" + statement(2) : "") + "End try\n";
    case 7: return "Use (" + expression(1) + ")\n" + body + "End use\n";
    default: return "For each (" + variable() + "; " + expression(1) + "; " + pick(kNumbers) + ")\n" + body +
                    "End for each\n";
  }
}

std::string ProgramGenerator::classSection(const std::string& name) {
  std::string out = kClassMarker + name + "\n";
  if (chance(30)) out += std::string("Class extends ") + pick({"C1", "C2", "Object", "Blob"}) + "\n";
  if (chance(50)) out += std::string("property a : ") + type() + "\n";
  out += "Class constructor($x : Variant)\n";
  if (chance(50)) out += "Super($x)\n";
  out += "This.a:=$x\n" + block(1);
  out += "Function f($p : Variant) : Variant\n" + block(1) + "return " + expression(1) + "\n";
  if (chance(50)) out += "Function get v() : Variant\n" + block(2) + "return This.a\n";
  if (chance(50)) out += "Function set v($p : Variant)\nThis.a:=$p\n" + block(2);
  return out;
}

std::string ProgramGenerator::methodSection(const std::string& name) {
  std::string out = kMethodMarker + name + "\n";
  if (chance(70)) out += "#DECLARE($p : Variant) : Variant\n";
  return out + block(1) + (chance(50) ? "return " + expression(1) + "\n" : "");
}

}  // namespace fourd::fuzz
