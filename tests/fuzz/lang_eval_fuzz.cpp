// 4D programs run by the whole runtime as headless-host runs a project: load (parse, link classes, resolve),
// runStartup on the main process, waitForExit, with every command, worker and formula the language has. An input
// is the startup method, optionally followed by classes and project methods, each after a marker line
// (`//%class C1`, `//%method m1`: comments to the parser). It is loaded from memory with Runtime::load(sources),
// which differs from the host's load only in not reading files, so a run costs no file system work; usually the
// mutator (lang_program_mutator.cpp) has loaded it already (lang_program_loading.h). Inputs that do not load
// (syntax errors) are rejected, which keeps non-programs out of the corpus.
//
// Nothing bounds a 4D program by itself (loops, recursion through formulas, workers calling each other), so a
// watchdog quits the runtime and stops its workers after kBudget: the evaluator checks the stop request in every
// loop iteration and call, so no input can hang the target, and one that still does is a finding (a loop or a
// wait that ignores the stop request). The budget is short: most programs end within a fraction of a
// millisecond, and a fifth never end (endless loops and recursion, workers that call each other, waits for a
// flag nothing sets); each of those costs its budget plus the stop (about 1 ms: waking and unwinding its
// processes), so with 2 ms they took three quarters of the time spent running programs. A loop's thousandth round
// seldom covers what its tenth did not: with half a millisecond (hundreds of rounds under the sanitizers), the
// fuzzer ran 30% more programs than with one, and coverage grew as fast.
//
// Besides crashes and sanitizer reports, a C++ exception that escapes 4D code is a finding: the worker reports it
// as "Internal error", where 4D code must only ever raise 4D errors (which Try, ON ERR CALL and the error stack
// see). The runtime's stderr is watched for that line and otherwise dropped (most inputs end on a 4D error).

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "interp/runtime.h"
#include "lang_program_loading.h"

using namespace fourd;

namespace {

constexpr auto kBudget = std::chrono::microseconds(500);
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
    if (line_.rfind("Internal error in ", 0) == 0) {  // worker.cpp's report; elsewhere in a line it is program text
      std::fprintf(stderr, "lang_eval_fuzz: a C++ exception escaped 4D code: %s\n", line_.c_str());
      std::abort();
    }
    line_.clear();
  }
  std::mutex mutex_;
  std::string line_;
};

// How many inputs ran as programs and how many did not load, printed at exit: libFuzzer's count of executions
// includes both.
std::atomic<long> programsRun{0};
std::atomic<long> inputsRejected{0};
std::atomic<long> programsStopped{0};  // by the watchdog, at the end of their budget

void printCounts() {
  std::fprintf(stderr,
               "lang_eval_fuzz: %ld programs ran (%ld stopped at the %lld µs budget), %ld inputs did not load\n",
               programsRun.load(), programsStopped.load(),
               static_cast<long long>(std::chrono::microseconds(kBudget).count()),
               inputsRejected.load());
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
      ++programsStopped;
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

}  // namespace

// libFuzzer options this target runs best with, given before the command line's own, which override them:
// - programs of at most 1 KiB (30 to 40 lines: room for classes, methods and nested blocks); a run's cost grows
//   with its program, and the corpus drifted to 4 KiB programs that ran at half the rate;
// - that limit from the start: libFuzzer otherwise raises it step by step, cutting each input to the current
//   limit before the mutator sees it, and no edit of a program cut mid-block loads (15% of all runs);
// - entropic scheduling counts a feature as rare below 16 sightings instead of 255: a run has tens of thousands
//   of features, and checking each against the list of rare ones took a third of the target's time;
// - the shared corpus (run.sh runs a process per core) is read again every 10 seconds rather than every second:
//   listing a folder of ten thousand programs each second took 6% of the time.
const char* const kDefaultOptions[] = {"-max_len=1024", "-len_control=0", "-entropic_feature_frequency_threshold=16",
                                       "-reload=10"};

// What programs print (ALERT) goes nowhere, without the system call per line the host makes (it flushes each),
// which was a tenth of the target's time.
ssize_t discard(void*, const char*, size_t size) { return static_cast<ssize_t>(size); }

// Constructing a Runtime fills the registry the lexer (and the mutator's vocabulary) consults, as the host does
// before anything is parsed. libFuzzer reads its options after this, so kDefaultOptions go in here.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  static std::vector<char*> arguments;
  arguments.push_back((*argv)[0]);
  for (const char* option : kDefaultOptions) arguments.push_back(const_cast<char*>(option));
  arguments.insert(arguments.end(), *argv + 1, *argv + *argc);
  arguments.push_back(nullptr);
  *argc = static_cast<int>(arguments.size() - 1);
  *argv = arguments.data();
  Runtime registersTheCommands(RuntimeConfig{});
  stdout = fopencookie(nullptr, "w", cookie_io_functions_t{nullptr, discard, nullptr, nullptr});
  std::cerr.rdbuf(new ErrorWatch);  // never destroyed: std::cerr may still flush it at exit
  std::atexit(printCounts);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Watchdog watchdog;
  std::unique_ptr<Runtime> runtime = fuzz::loaded(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!runtime) {
    ++inputsRejected;
    return -1;
  }
  ++programsRun;
  // What headless-host does, the watchdog standing in for a signal that also stops the workers.
  watchdog.arm(*runtime);
  runtime->runStartup();
  runtime->waitForExit();
  watchdog.disarm();
  return 0;
}
