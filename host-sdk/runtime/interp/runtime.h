// The host's entry point into the language: load a project, run its startup method, wait until it is done.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace fourd {

struct Engine;

struct ProjectSource;

struct RuntimeConfig {
  std::string path;  // project folder or a single .4dm file
  // How long a quit lets workers drain their queues and plugins end (see requestQuit); the evaluator fuzzer,
  // whose programs may keep queueing calls forever, waits less.
  double shutdownGraceSeconds = 5.0;
  // The most processes alive at once (WorkerPool::setLimit); headless-host --max-processes.
  size_t maxProcesses = kDefaultMaxProcesses;
  static constexpr size_t kDefaultMaxProcesses = 1000;
};

class Runtime {  // one per host run
 public:
  explicit Runtime(RuntimeConfig config);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Loads the project (classes, methods, startup method); prints syntax errors to stderr
  // ("file:line:column: message"); false when anything failed to load. A project method that does not parse
  // loads as one that raises its syntax error when called (see parsedCleanly).
  bool load();
  // After load(): no file had a syntax error (what --check asks).
  bool parsedCleanly() const;
  // load() from texts in memory instead of files (tools that run generated code: the evaluator fuzzer); the
  // first source is the startup method.
  bool load(std::vector<ProjectSource> sources);
  const std::string& projectFolder() const;
  // Runs onStartup (project) or the single method on the main process. False when it stopped on an
  // unhandled error.
  bool runStartup();
  // Blocks until QUIT 4D was called, requestQuit() was called, or the host is idle: startup finished, no
  // worker has pending calls, and no keep-alive (CallContext::keepAlive) is held. Then stops every worker.
  void waitForExit();
  // Thread-safe: begins a graceful shutdown. waitForExit() then runs the shutdown hooks (plugins terminate
  // their servers and post their last callbacks), lets workers drain until keep-alives are released or a
  // grace period (RuntimeConfig::shutdownGraceSeconds) ends, and returns.
  void requestQuit();
  void addShutdownHook(std::function<void()> hook);

 private:
  RuntimeConfig config_;
  std::unique_ptr<Engine> engine_;
};

// The commands that need the interpreter (ALERT, CALL WORKER, Formula, throw, ...).
class Registry;
void registerLanguageCommands(Registry& registry);

}  // namespace fourd
