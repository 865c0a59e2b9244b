// libFuzzer's custom mutator for the evaluator target: edits a program statement by statement (insert, replace,
// delete, duplicate, wrap in a block, replace an operand by a generated expression, add a class or a method),
// so that what it produces parses and runs far more often than byte-level mutations of the same text would.
// One run in twenty still goes to libFuzzer's own mutations, which use the comparison operands it records; they
// seldom give a program that loads (the parser's own target, lang_parser_fuzz, is where bytes are mutated).
// A program that outgrows libFuzzer's size limit loses whole lines until it fits, rather than being cut or
// handed to byte mutations, which made two inputs in three fail to load.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "lang_program_generator.h"

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

// Where a statement may go: anywhere in a method, inside a function body in a class (after its first header).
std::vector<size_t> statementPositions(const std::vector<std::string>& lines) {
  std::vector<size_t> positions;
  bool inClass = false, inBody = true;
  for (size_t i = 0; i <= lines.size(); ++i) {
    if (inBody) positions.push_back(i);
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

bool hasSection(const std::vector<std::string>& lines, const std::string& marker) {
  for (const std::string& line : lines)
    if (line == marker + "\n") return true;
  return false;
}

// The spans of operand-like tokens in `line`: $locals, names, numbers, text literals.
std::vector<std::pair<size_t, size_t>> operandSpans(const std::string& line) {
  std::vector<std::pair<size_t, size_t>> spans;
  size_t i = 0;
  while (i < line.size()) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    size_t start = i;
    if (c == '"') {
      for (++i; i < line.size() && line[i] != '"'; ++i)
        if (line[i] == '\\') ++i;
      spans.emplace_back(start, std::min(i + 1, line.size()) - start);
      ++i;
    } else if (c == '$' || std::isalnum(c) || c == '_') {
      for (++i; i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_' || line[i] == '.');
           ++i) {
      }
      spans.emplace_back(start, i - start);
    } else {
      ++i;
    }
  }
  return spans;
}

// Drops lines at statement positions (a section marker stays) until the program fits in maxSize bytes.
std::string fitted(std::vector<std::string> lines, size_t maxSize, ProgramGenerator& gen) {
  size_t size = 0;
  for (const std::string& line : lines) size += line.size();
  while (size > maxSize) {
    std::vector<size_t> positions = statementPositions(lines);
    positions.erase(std::remove_if(positions.begin(), positions.end(),
                                   [&](size_t at) {
                                     return at >= lines.size() || startsWith(lines[at], kClassMarker) ||
                                            startsWith(lines[at], kMethodMarker);
                                   }),
                    positions.end());
    if (positions.empty()) return {};
    size_t at = positions[gen.below(positions.size())];
    size -= lines[at].size();
    lines.erase(lines.begin() + at);
  }
  return joinLines(lines);
}

std::vector<std::string> mutate(const std::string& program, ProgramGenerator& gen) {
  std::vector<std::string> lines = splitLines(program);
  std::vector<size_t> positions = statementPositions(lines);
  size_t at = positions[gen.below(positions.size())];
  switch (gen.below(10)) {
    case 0:
    case 1:
    case 2: lines.insert(lines.begin() + at, gen.statement()); break;
    case 3:
      if (at < lines.size()) lines[at] = gen.statement();
      else lines.push_back(gen.statement());
      break;
    case 4:
      if (at < lines.size()) lines.erase(lines.begin() + at, lines.begin() + std::min(lines.size(), at + 1 + gen.below(3)));
      break;
    case 5:
      if (at < lines.size()) lines.insert(lines.begin() + at, lines[gen.below(lines.size())]);
      break;
    case 6: {
      // Wraps the next few lines, which may not be whole statements: the parser rejects what is not.
      size_t end = std::min(lines.size(), at + gen.below(4));
      std::string body;
      for (size_t i = at; i < end; ++i) body += lines[i];
      lines.erase(lines.begin() + at, lines.begin() + end);
      lines.insert(lines.begin() + at, gen.wrap(body.empty() ? gen.statement(2) : body));
      break;
    }
    case 7: {
      if (at >= lines.size()) break;
      auto spans = operandSpans(lines[at]);
      if (spans.empty()) break;
      auto [start, length] = spans[gen.below(spans.size())];
      lines[at].replace(start, length, gen.expression(1));
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

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned int seed) {
  fourd::fuzz::ProgramGenerator gen(seed);
  if (gen.chance(5)) return LLVMFuzzerMutate(data, size, maxSize);
  std::string program(reinterpret_cast<const char*>(data), size);
  std::string mutated = fourd::fuzz::fitted(fourd::fuzz::mutate(program, gen), maxSize, gen);
  if (mutated.empty()) return LLVMFuzzerMutate(data, size, maxSize);
  std::memcpy(data, mutated.data(), mutated.size());
  return mutated.size();
}

// Splices a run of lines of the second program into the first, at a place where a statement may go.
extern "C" size_t LLVMFuzzerCustomCrossOver(const uint8_t* data1, size_t size1, const uint8_t* data2, size_t size2,
                                            uint8_t* out, size_t maxOutSize, unsigned int seed) {
  using namespace fourd::fuzz;
  ProgramGenerator gen(seed);
  std::vector<std::string> first = splitLines(std::string(reinterpret_cast<const char*>(data1), size1));
  std::vector<std::string> second = splitLines(std::string(reinterpret_cast<const char*>(data2), size2));
  std::vector<size_t> positions = statementPositions(first);
  size_t at = positions[gen.below(positions.size())];
  size_t from = gen.below(second.size());
  size_t to = std::min(second.size(), from + 1 + gen.below(8));
  first.insert(first.begin() + at, second.begin() + from, second.begin() + to);
  std::string joined = fitted(std::move(first), maxOutSize, gen);
  std::memcpy(out, joined.data(), joined.size());
  return joined.size();
}
