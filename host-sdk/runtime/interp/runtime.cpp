#include "interp/runtime.h"

#include <future>
#include <mutex>

#include "builtins/builtins.h"
#include "builtins/registry.h"
#include "interp/engine.h"
#include "interp/invoke.h"
#include "interp/project.h"
#include "process/process.h"

namespace fourd {

namespace {
const std::string kMainProcessName = "Main process";

void registerOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    registerBuiltins(Registry::global());
    registerLanguageCommands(Registry::global());
  });
}
}  // namespace

Runtime::Runtime(RuntimeConfig config) : config_(std::move(config)), engine_(std::make_unique<Engine>()) {
  registerOnce();
  engine_->projectFolder = Project::folderFor(config_.path);
  engine_->workers.setLimit(config_.maxProcesses);
}

Runtime::~Runtime() { engine_->workers.stopAll(); }

bool Runtime::load() {
  engine_->project = std::make_unique<Project>(engine_->processVariableNames, engine_->interprocessVariableNames);
  return engine_->project->load(config_.path);
}

bool Runtime::parsedCleanly() const { return !engine_->project->hasBrokenMethods(); }

bool Runtime::load(std::vector<ProjectSource> sources) {
  engine_->project = std::make_unique<Project>(engine_->processVariableNames, engine_->interprocessVariableNames);
  return engine_->project->load(std::move(sources));
}

const std::string& Runtime::projectFolder() const { return engine_->projectFolder; }

bool Runtime::runStartup() {
  const CompiledFunction* startup = engine_->project ? engine_->project->startupMethod() : nullptr;
  bool ok = true;
  if (startup) {
    auto done = std::make_shared<std::promise<bool>>();
    std::future<bool> result = done->get_future();
    auto queue = engine_->workers.queueFor(kMainProcessName, ProcessOrigin::MainProcess);
    // Only the task holds the promise: when the workers are stopped before it runs, dropping it breaks the
    // promise, which ends the wait below.
    bool posted = queue && queue->post([startup, done = std::move(done)](CallContext& ctx) {
      bool succeeded = false;
      try {
        callMethod(static_cast<Process&>(ctx), *startup, {});
        succeeded = true;
      } catch (...) {
        done->set_value(false);
        throw;
      }
      done->set_value(succeeded);
    });
    try {
      ok = posted && result.get();
    } catch (const std::future_error&) {
      ok = false;  // the workers were stopped (requestQuit and waitForExit) before the method began
    }
  }
  engine_->activity.startupFinished();
  return ok;
}

void Runtime::waitForExit() {
  bool quit = engine_->activity.waitIdleOrQuit();
  std::vector<std::function<void()>> hooks;
  {
    std::lock_guard lock(engine_->hooksMutex);
    hooks.swap(engine_->shutdownHooks);
  }
  for (auto& hook : hooks) hook();
  if (quit) engine_->activity.waitKeepAlivesReleased(config_.shutdownGraceSeconds);
  engine_->workers.stopAll();
}

void Runtime::requestQuit() { engine_->activity.requestQuit(); }

void Runtime::addShutdownHook(std::function<void()> hook) {
  std::lock_guard lock(engine_->hooksMutex);
  engine_->shutdownHooks.push_back(std::move(hook));
}

}  // namespace fourd
