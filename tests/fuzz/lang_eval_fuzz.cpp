// 4D programs run by the whole runtime as headless-host runs a project: load (parse, link classes, resolve),
// runStartup on the main process, waitForExit, with every command, worker and formula the language has. An input
// is the startup method, optionally followed by classes and project methods, each after a marker line
// (`//%class C1`, `//%method m1`: comments to the parser). It is loaded from memory with Runtime::load(sources),
// which differs from the host's load only in not reading files, so a run costs no file system work. Inputs that
// do not load (syntax errors) are rejected, which keeps non-programs out of the corpus; the custom mutator
// (lang_program_mutator.cpp) writes programs that mostly do load.
//
// Nothing bounds a 4D program by itself (loops, recursion through formulas, workers calling each other), so a
// watchdog quits the runtime and stops its workers after kBudget: the evaluator checks the stop request in every
// loop iteration and call, so no input can hang the target, and one that still does is a finding (a loop or a
// wait that ignores the stop request). The budget is short: most programs end within a few milliseconds, and
// those that never end would otherwise take most of the fuzzer's time.
//
// Besides crashes and sanitizer reports, a C++ exception that escapes 4D code is a finding: the worker reports it
// as "Internal error", where 4D code must only ever raise 4D errors (which Try, ON ERR CALL and the error stack
// see). The runtime's stderr is watched for that line and otherwise dropped (most inputs end on a 4D error).

#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "interp/project.h"
#include "interp/runtime.h"
#include "lang_program_generator.h"

using namespace fourd;

namespace {

constexpr auto kBudget = std::chrono::milliseconds(20);
// The host's grace period lets workers drain after a quit; here a quit only ever comes from the budget, and a
// program whose workers keep calling each other would hold every run for the whole grace period.
constexpr double kShutdownGraceSeconds = 0;

// Drops what the runtime writes on std::cerr, aborting on an internal error.
class ErrorWatch : public std::streambuf {
 protected:
  int overflow(int c) override {
    if (c != traits_type::eof()) put(static_cast<char>(c));
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    for (std::streamsize i = 0; i < n; ++i) put(s[i]);
    return n;
  }

 private:
  void put(char c) {
    std::lock_guard lock(mutex_);  // workers write concurrently
    if (c != '\n') {
      line_ += c;
      return;
    }
    if (line_.find("Internal error") != std::string::npos) {
      std::fprintf(stderr, "lang_eval_fuzz: a C++ exception escaped 4D code: %s\n", line_.c_str());
      std::abort();
    }
    line_.clear();
  }
  std::mutex mutex_;
  std::string line_;
};

bool isName(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

// The input's sections as project sources; the first is the startup method.
std::vector<ProjectSource> sections(std::string_view input) {
  std::vector<ProjectSource> out{{"fuzzMethod.4dm", lang::ModuleKind::Method, {}}};
  size_t start = 0;
  while (start < input.size()) {
    size_t end = input.find('\n', start);
    end = end == std::string_view::npos ? input.size() : end + 1;
    std::string_view line = input.substr(start, end - start);
    std::string_view name = line;
    while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.remove_suffix(1);
    bool isClass = name.rfind(fuzz::kClassMarker, 0) == 0;
    bool isMethod = name.rfind(fuzz::kMethodMarker, 0) == 0;
    name.remove_prefix(isClass ? std::string_view(fuzz::kClassMarker).size()
                               : isMethod ? std::string_view(fuzz::kMethodMarker).size() : name.size());
    if ((isClass || isMethod) && isName(name))
      out.push_back({std::string(name) + ".4dm", isClass ? lang::ModuleKind::Class : lang::ModuleKind::Method, {}});
    else
      out.back().text += line;
    start = end;
  }
  return out;
}

// Calls requestQuit() and waitForExit() on the armed runtime once its budget has run out: waitForExit stops
// the workers, which ends even a startup method that never returns (the host's SIGINT would only request the
// quit, acted on once the startup method returns). One thread for the whole session, and arming it wakes it
// not: it sleeps until the last deadline it knows, then on until the current one, so that a run costs no thread
// switch beyond those of the runtime itself.
class Watchdog {
 public:
  Watchdog() : thread_([this] { loop(); }) {}
  ~Watchdog() {
    {
      std::lock_guard lock(mutex_);
      exiting_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }

  void arm(Runtime& runtime) {
    std::lock_guard lock(mutex_);
    runtime_ = &runtime;
    deadline_ = std::chrono::steady_clock::now() + kBudget;
  }
  // After this the watchdog no longer touches the runtime, which may be destroyed.
  void disarm() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !stopping_; });
    runtime_ = nullptr;
  }

 private:
  void loop() {
    std::unique_lock lock(mutex_);
    while (!exiting_) {
      auto deadline = runtime_ ? deadline_ : std::chrono::steady_clock::now() + kBudget;
      changed_.wait_until(lock, deadline, [this, deadline] { return exiting_ || deadline_ > deadline; });
      if (exiting_ || !runtime_ || std::chrono::steady_clock::now() < deadline_) continue;
      Runtime* runtime = std::exchange(runtime_, nullptr);
      stopping_ = true;
      lock.unlock();
      runtime->requestQuit();
      runtime->waitForExit();
      lock.lock();
      stopping_ = false;
      changed_.notify_all();
    }
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  Runtime* runtime_ = nullptr;
  std::chrono::steady_clock::time_point deadline_;
  bool stopping_ = false;
  bool exiting_ = false;
  std::thread thread_;
};

// How many inputs ran as programs and how many did not load, printed at exit: libFuzzer's count of executions
// includes both.
std::atomic<long> programsRun{0};
std::atomic<long> inputsRejected{0};

void printCounts() {
  std::fprintf(stderr, "lang_eval_fuzz: %ld programs ran, %ld inputs did not load\n", programsRun.load(),
               inputsRejected.load());
}

}  // namespace

// Constructing a Runtime fills the registry the lexer (and the mutator's vocabulary) consults, as the host does
// before anything is parsed.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Runtime registersTheCommands(RuntimeConfig{});
  std::cerr.rdbuf(new ErrorWatch);  // never destroyed: std::cerr may still flush it at exit
  std::atexit(printCounts);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Watchdog watchdog;
  Runtime runtime(RuntimeConfig{{}, kShutdownGraceSeconds});
  if (!runtime.load(sections(std::string_view(reinterpret_cast<const char*>(data), size)))) {
    ++inputsRejected;
    return -1;
  }
  ++programsRun;
  // What headless-host does, the watchdog standing in for a signal that also stops the workers.
  watchdog.arm(runtime);
  runtime.runStartup();
  runtime.waitForExit();
  watchdog.disarm();
  return 0;
}
