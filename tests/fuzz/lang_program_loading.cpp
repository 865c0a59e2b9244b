#include "lang_program_loading.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>

#include "lang_program_generator.h"

namespace fourd::fuzz {

namespace {

bool isName(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

}  // namespace

std::vector<ProjectSource> sections(std::string_view input) {
  std::vector<ProjectSource> out{{"fuzzMethod.4dm", lang::ModuleKind::Method, {}}};
  size_t start = 0;
  while (start < input.size()) {
    size_t end = input.find('\n', start);
    end = end == std::string_view::npos ? input.size() : end + 1;
    std::string_view line = input.substr(start, end - start);
    std::string_view name = line;
    while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.remove_suffix(1);
    bool isClass = name.rfind(kClassMarker, 0) == 0;
    bool isMethod = name.rfind(kMethodMarker, 0) == 0;
    name.remove_prefix(isClass ? std::string_view(kClassMarker).size()
                               : isMethod ? std::string_view(kMethodMarker).size() : name.size());
    if ((isClass || isMethod) && isName(name))
      out.push_back({std::string(name) + ".4dm", isClass ? lang::ModuleKind::Class : lang::ModuleKind::Method, {}});
    else
      out.back().text += line;
    start = end;
  }
  return out;
}

namespace {

// The host's grace period lets workers drain after a quit; here a quit only ever comes from the target's time
// budget, and a program whose workers keep calling each other would hold every run for the whole grace period.
constexpr double kShutdownGraceSeconds = 0;
// A program's processes are threads that stay in the fuzzing process for good (they wait for the next run's
// workers): a process bomb that reached the host's default limit left a thousand threads, and memory and every
// later run suffered. A few processes are all a half-millisecond run needs; the limit itself is code under test.
constexpr size_t kMaxProcesses = 8;

struct KeptRuntime {
  std::string input;
  std::unique_ptr<Runtime> runtime;
};
KeptRuntime kept;  // only libFuzzer's thread, which calls the mutator and the target in turn, touches it

// The project folder of every program: a fresh folder of this process's own, since programs create, move and
// delete files and folders in their project (File, Folder, DELETE FOLDER...), which would otherwise be the
// folder the fuzzer was started from. It goes at exit.
const std::string& scratchProject() {
  // Never destroyed: the removal at exit still needs its name.
  static const std::string* folder = [] {
    std::string pattern = (std::filesystem::temp_directory_path() / "fuzz_lang_eval-XXXXXX").string();
    if (!mkdtemp(pattern.data())) std::abort();
    return new std::string(pattern);
  }();
  static const bool removedAtExit = std::atexit([] {
    std::error_code ignored;
    std::filesystem::remove_all(*folder, ignored);
  }) == 0;
  (void)removedAtExit;
  return *folder;
}

std::unique_ptr<Runtime> load(std::string_view input) {
  auto runtime =
      std::make_unique<Runtime>(RuntimeConfig{scratchProject(), kShutdownGraceSeconds, kMaxProcesses});
  // A program with a method that does not parse would load, but the mutator keeps only programs that parse.
  if (!runtime->load(sections(input)) || !runtime->parsedCleanly()) return nullptr;
  return runtime;
}

}  // namespace

bool loads(std::string_view input) {
  std::unique_ptr<Runtime> runtime = load(input);
  if (!runtime) return false;
  kept = {std::string(input), std::move(runtime)};
  return true;
}

std::unique_ptr<Runtime> loaded(std::string_view input) {
  KeptRuntime last = std::exchange(kept, {});
  if (last.runtime && last.input == input) return std::move(last.runtime);
  return load(input);
}

}  // namespace fourd::fuzz
