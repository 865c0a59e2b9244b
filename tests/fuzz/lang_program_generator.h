// Random well-formed 4D: statements, expressions, and whole class and method sections, drawn from the language's
// keywords, the registry's commands, constants and collection functions, and a small set of variables of every
// kind (locals, parameters, process and interprocess variables, This). Most of what it writes parses, so the
// evaluator fuzzer spends its runs in the evaluator rather than in the parser's error paths.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace fourd::fuzz {

// The lines that start a section of a fuzz input: what follows, up to the next such line, is a class or a project
// method of that name. What precedes the first one is the startup method.
inline constexpr const char* kClassMarker = "//%class ";
inline constexpr const char* kMethodMarker = "//%method ";

class ProgramGenerator {
 public:
  explicit ProgramGenerator(uint32_t seed) : rng_(seed) {}

  std::string statement(int depth = 0);  // one or more whole lines
  std::string expression(int depth = 0);
  // A marker line and a class or method: the names the generated statements call (C1, C2, m1, m2).
  std::string classSection(const std::string& name);
  std::string methodSection(const std::string& name);
  // A block statement (If, For, Try, Use...) around `body`, which is whole lines.
  std::string wrap(const std::string& body);

  size_t below(size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  bool chance(int percent) { return static_cast<int>(below(100)) < percent; }

 private:
  template <size_t N>
  const char* pick(const char* const (&options)[N]) { return options[below(N)]; }
  std::string leaf();
  std::string variable();
  std::string target(int depth);
  std::string command(int depth);
  std::string memberCall(int depth);
  std::string arguments(size_t count, int depth);
  std::string block(int depth);
  std::string type();

  std::mt19937 rng_;
};

}  // namespace fourd::fuzz
