// libFuzzer's custom mutator for the evaluator target: edits a program statement by statement (insert, replace,
// delete, duplicate, wrap in a block, replace an operand by a generated expression, add a class or a method),
// so that what it produces parses and runs far more often than byte-level mutations of the same text would. A
// statement is a line, or a block from its opening line to its End: edits that moved single lines left blocks
// unbalanced, and most of their programs did not load.
// One edit in twenty is libFuzzer's own byte mutation, which uses the comparison operands it records. An edit
// whose program does not load is replaced by another (see kAttempts), so the target's runs are spent running.
// A program that outgrows libFuzzer's size limit loses whole lines until it fits, rather than being cut or
// handed to byte mutations, which made two inputs in three fail to load.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang_program_generator.h"
#include "lang_program_loading.h"

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t maxSize);

namespace fourd::fuzz {

namespace {

std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start) + "\n");
    start = end + 1;
  }
  return lines;
}

std::string joinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line;
  return out;
}

bool startsWith(const std::string& line, const char* prefix) { return line.rfind(prefix, 0) == 0; }

bool isFunctionHeader(const std::string& line) {
  return startsWith(line, "Function ") || startsWith(line, "Class constructor");
}

// Where a statement may go: anywhere in a method, inside a function body in a class (after its first header),
// but never before a #DECLARE, which must stay its method's first line.
std::vector<size_t> statementPositions(const std::vector<std::string>& lines) {
  std::vector<size_t> positions;
  bool inClass = false, inBody = true;
  for (size_t i = 0; i <= lines.size(); ++i) {
    if (inBody && !(i < lines.size() && startsWith(lines[i], "#DECLARE"))) positions.push_back(i);
    if (i == lines.size()) break;
    if (startsWith(lines[i], kClassMarker)) {
      inClass = true;
      inBody = false;
    } else if (startsWith(lines[i], kMethodMarker)) {
      inClass = false;
      inBody = true;
    } else if (inClass && isFunctionHeader(lines[i])) {
      inBody = true;
    }
  }
  return positions;
}

// True when `line`, its indentation skipped, starts with the keyword `word` (lowercase) as a whole word.
bool startsWithKeyword(const std::string& line, std::string_view word) {
  size_t start = line.find_first_not_of(" \t");
  if (start == std::string::npos || line.size() - start < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(line[start + i])) != word[i]) return false;
  char next = start + word.size() < line.size() ? line[start + word.size()] : '\n';
  return !(std::isalnum(static_cast<unsigned char>(next)) || next == '_');
}

enum class LineRole { Plain, Opens, Continues, Closes, Header };

// What a line does to the block structure. Lines that continue a block (Else, a case branch, Catch) and the
// section markers and function headers start no statement of their own.
LineRole roleOf(const std::string& line) {
  static constexpr std::string_view kOpeners[] = {"if", "case of", "for each", "for", "while", "repeat", "try", "use"};
  static constexpr std::string_view kClosers[] = {"end if", "end case", "end for each", "end for", "end while",
                                                  "until", "end try", "end use"};
  static constexpr std::string_view kContinuations[] = {"else", "catch", ":"};
  if (startsWith(line, kClassMarker) || startsWith(line, kMethodMarker) || isFunctionHeader(line) ||
      startsWith(line, "Class extends") || startsWith(line, "property ") || startsWith(line, "#DECLARE"))
    return LineRole::Header;
  for (std::string_view word : kClosers)
    if (startsWithKeyword(line, word)) return LineRole::Closes;
  for (std::string_view word : kOpeners)
    if (startsWithKeyword(line, word)) return LineRole::Opens;
  size_t start = line.find_first_not_of(" \t");
  if (start != std::string::npos && line[start] == ':') return LineRole::Continues;
  for (std::string_view word : kContinuations)
    if (startsWithKeyword(line, word)) return LineRole::Continues;
  return LineRole::Plain;
}

struct Span {
  size_t begin, end;  // lines [begin, end)
};

// The statements of the program's bodies: each plain line, and each block from its opening line to the End that
// balances it (a block left unbalanced by an earlier edit is no statement).
std::vector<Span> statements(const std::vector<std::string>& lines) {
  std::vector<Span> spans;
  for (size_t begin : statementPositions(lines)) {
    if (begin >= lines.size()) continue;
    LineRole role = roleOf(lines[begin]);
    if (role == LineRole::Plain) spans.push_back({begin, begin + 1});
    if (role != LineRole::Opens) continue;
    int depth = 0;
    for (size_t i = begin; i < lines.size(); ++i) {
      LineRole inner = roleOf(lines[i]);
      if (inner == LineRole::Header) break;
      depth += inner == LineRole::Opens ? 1 : inner == LineRole::Closes ? -1 : 0;
      if (depth == 0) {
        spans.push_back({begin, i + 1});
        break;
      }
    }
  }
  return spans;
}

// The statement starting at a random one and up to `most` more that follow it directly.
Span run(const std::vector<Span>& spans, size_t most, ProgramGenerator& gen) {
  size_t first = gen.below(spans.size());
  Span whole = spans[first];
  size_t wanted = gen.below(most + 1);
  for (size_t i = first + 1; i < spans.size() && wanted > 0; ++i) {
    if (spans[i].begin != whole.end) continue;
    whole.end = spans[i].end;
    --wanted;
  }
  return whole;
}

std::string linesOf(const std::vector<std::string>& lines, Span span) {
  std::string out;
  for (size_t i = span.begin; i < span.end; ++i) out += lines[i];
  return out;
}

bool hasSection(const std::vector<std::string>& lines, const std::string& marker) {
  for (const std::string& line : lines)
    if (line == marker + "\n") return true;
  return false;
}

// The spans of operand-like tokens in `line` ($locals, names, numbers, text literals) that an expression may
// replace: those after the `:=` of an assignment, or after the first token (a command or keyword) elsewhere.
// Declarations are left alone. Replacing what is assigned to, declared or called gave programs that do not load.
std::vector<std::pair<size_t, size_t>> replaceableOperands(const std::string& line) {
  std::vector<std::pair<size_t, size_t>> spans;
  if (startsWithKeyword(line, "var")) return spans;
  size_t assignment = line.find(":=");
  size_t i = assignment == std::string::npos ? 0 : assignment + 2;
  bool first = assignment == std::string::npos;
  while (i < line.size()) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    size_t start = i;
    if (c == '"') {
      for (++i; i < line.size() && line[i] != '"'; ++i)
        if (line[i] == '\\') ++i;
      i = std::min(i + 1, line.size());
    } else if (c == '$' || std::isalnum(c) || c == '_') {
      for (++i; i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_' || line[i] == '.');
           ++i) {
      }
    } else {
      ++i;
      continue;
    }
    if (!std::exchange(first, false)) spans.emplace_back(start, i - start);
  }
  return spans;
}

// Drops whole statements until the program fits in maxSize bytes; empty when it cannot.
std::string fitted(const std::vector<std::string>& edited, size_t maxSize, ProgramGenerator& gen) {
  // An edit inserts generated statements as one element of several lines: split again, one line each.
  std::vector<std::string> lines = splitLines(joinLines(edited));
  size_t size = 0;
  for (const std::string& line : lines) size += line.size();
  while (size > maxSize) {
    std::vector<Span> spans = statements(lines);
    if (spans.empty()) return {};
    Span drop = spans[gen.below(spans.size())];
    size -= linesOf(lines, drop).size();
    lines.erase(lines.begin() + drop.begin, lines.begin() + drop.end);
  }
  return joinLines(lines);
}

// A program split for editing, once for all the edits tried on it.
struct Program {
  explicit Program(const std::string& text)
      : lines(splitLines(text)), positions(statementPositions(lines)), spans(statements(lines)) {}
  std::vector<std::string> lines;
  std::vector<size_t> positions;
  std::vector<Span> spans;
};

std::vector<std::string> mutate(const Program& program, ProgramGenerator& gen) {
  std::vector<std::string> lines = program.lines;
  const std::vector<Span>& spans = program.spans;
  size_t at = program.positions[gen.below(program.positions.size())];
  const size_t choice = gen.below(10);
  if (spans.empty() && choice >= 3 && choice <= 7) {
    lines.insert(lines.begin() + at, gen.statement());
    return lines;
  }
  switch (choice) {
    case 0:
    case 1:
    case 2: lines.insert(lines.begin() + at, gen.statement()); break;
    case 3: {
      Span replaced = spans[gen.below(spans.size())];
      lines.erase(lines.begin() + replaced.begin, lines.begin() + replaced.end);
      lines.insert(lines.begin() + replaced.begin, gen.statement());
      break;
    }
    case 4: {
      Span dropped = run(spans, 2, gen);
      lines.erase(lines.begin() + dropped.begin, lines.begin() + dropped.end);
      break;
    }
    case 5: lines.insert(lines.begin() + at, linesOf(lines, spans[gen.below(spans.size())])); break;
    case 6: {
      Span wrapped = run(spans, 3, gen);
      std::string body = linesOf(lines, wrapped);
      lines.erase(lines.begin() + wrapped.begin, lines.begin() + wrapped.end);
      lines.insert(lines.begin() + wrapped.begin, gen.wrap(body));
      break;
    }
    case 7: {
      size_t line = run(spans, 0, gen).begin;
      auto operands = replaceableOperands(lines[line]);
      if (operands.empty()) break;
      auto [start, length] = operands[gen.below(operands.size())];
      lines[line].replace(start, length, gen.expression(1));
      break;
    }
    default: {
      std::string name = gen.chance(50) ? (gen.chance(50) ? "C1" : "C2") : (gen.chance(50) ? "m1" : "m2");
      bool isClass = name[0] == 'C';
      if (hasSection(lines, (isClass ? kClassMarker : kMethodMarker) + name)) {
        lines.insert(lines.begin() + at, gen.statement());
        break;
      }
      lines.push_back(isClass ? gen.classSection(name) : gen.methodSection(name));
      break;
    }
  }
  return lines;
}

}  // namespace

}  // namespace fourd::fuzz

namespace {

// Edits are tried until one gives a program that loads, up to this many: checking costs a parse, where running
// a program that does not load costs a parse and libFuzzer's bookkeeping of an execution as well. When none
// loads, the mutator returns 0 and libFuzzer picks another mutation of the same input: it applies several in a
// row, and each edit of a program that did not load failed again (one failure became three rejected runs).
constexpr int kAttempts = 8;

// libFuzzer's own byte-level mutation of `program`, which uses the comparison operands it records.
std::string byteMutated(const std::string& program, size_t maxSize) {
  std::string buffer = program;
  buffer.resize(std::max(maxSize, program.size()));
  buffer.resize(LLVMFuzzerMutate(reinterpret_cast<uint8_t*>(buffer.data()), program.size(), maxSize));
  return buffer;
}

size_t copyOut(const std::string& program, uint8_t* out) {
  std::memcpy(out, program.data(), program.size());
  return program.size();
}

}  // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned int seed) {
  using namespace fourd::fuzz;
  ProgramGenerator gen(seed);
  std::string text(reinterpret_cast<const char*>(data), size);
  const Program program(text);
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    std::string mutated = gen.chance(5) ? byteMutated(text, maxSize) : fitted(mutate(program, gen), maxSize, gen);
    if (!mutated.empty() && loads(mutated)) return copyOut(mutated, data);
  }
  return 0;
}

// Splices a run of statements of the second program into the first, at a place where a statement may go.
extern "C" size_t LLVMFuzzerCustomCrossOver(const uint8_t* data1, size_t size1, const uint8_t* data2, size_t size2,
                                            uint8_t* out, size_t maxOutSize, unsigned int seed) {
  using namespace fourd::fuzz;
  ProgramGenerator gen(seed);
  std::vector<std::string> first = splitLines(std::string(reinterpret_cast<const char*>(data1), size1));
  std::vector<std::string> second = splitLines(std::string(reinterpret_cast<const char*>(data2), size2));
  std::vector<size_t> positions = statementPositions(first);
  std::vector<Span> spans = statements(second);
  if (spans.empty()) return 0;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    std::vector<std::string> spliced = first;
    Span taken = run(spans, 4, gen);
    spliced.insert(spliced.begin() + positions[gen.below(positions.size())], second.begin() + taken.begin,
                   second.begin() + taken.end);
    std::string joined = fitted(spliced, maxOutSize, gen);
    if (!joined.empty() && loads(joined)) return copyOut(joined, out);
  }
  return 0;
}
