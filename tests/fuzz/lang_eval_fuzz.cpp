// Arbitrary text run as a 4D method by the whole runtime, exactly as `headless-host FILE.4dm` runs it: load,
// runStartup on the main process, waitForExit. Inputs that do not parse only reach the parser (its own target
// covers that); the rest run with every command, worker and formula the language has.
//
// Nothing bounds a 4D program by itself (loops, recursion through formulas, workers calling each other), so a
// watchdog asks the runtime to quit after kBudget, the way SIGINT does in the host. Quitting stops every worker,
// and the evaluator checks the stop request in every loop iteration and call, so no input can hang the target;
// an input that still does is a finding (a loop or a wait that ignores the stop request).

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include <unistd.h>

#include "interp/runtime.h"
#include "lang/parser.h"

using namespace fourd;

namespace {

constexpr auto kBudget = std::chrono::milliseconds(100);
const char* const kMethodName = "fuzzMethod";

std::filesystem::path methodFile() {
  static const std::filesystem::path file = [] {
    std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("fourd-lang-eval-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir / (std::string(kMethodName) + ".4dm");
  }();
  return file;
}

bool parsesAsMethod(std::string_view source) {
  lang::ProjectNameOracle names;
  names.addMethod(kMethodName);
  return lang::parse(source, kMethodName, lang::ModuleKind::Method, names).errors.empty();
}

// Calls runtime.requestQuit() unless finish() comes first.
class Watchdog {
 public:
  explicit Watchdog(Runtime& runtime)
      : thread_([this, &runtime] {
          std::unique_lock lock(mutex_);
          if (!finished_.wait_for(lock, kBudget, [this] { return done_; })) runtime.requestQuit();
        }) {}
  ~Watchdog() { finish(); }

  void finish() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    finished_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable finished_;
  bool done_ = false;
  std::thread thread_;
};

void run(const std::filesystem::path& file) {
  Runtime runtime(RuntimeConfig{file.string()});
  if (!runtime.load()) std::abort();  // it parsed above, so only a resolver/loader bug refuses it
  Watchdog watchdog(runtime);
  // runStartup blocks until the method returns; the watchdog's quit is only acted on by waitForExit, so the
  // two run side by side, as they would if the host's main thread waited while a signal arrived.
  auto startup = std::async(std::launch::async, [&runtime] { return runtime.runStartup(); });
  runtime.waitForExit();
  startup.wait();
  watchdog.finish();
}

}  // namespace

// Constructing a Runtime fills the registry the lexer consults, as the host does before anything is parsed.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Runtime registersTheCommands(RuntimeConfig{});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  if (!parsesAsMethod(source)) return -1;  // keeps non-programs out of the corpus
  const std::filesystem::path file = methodFile();
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(source.data(), static_cast<std::streamsize>(source.size()));
  }
  run(file);
  return 0;
}
