// A background thread that never touches 4D values: it only posts tasks to the worker that started it, and
// the tasks call the 4D handler there (handler.onTick(i), then handler.onDone(ticks)). When the host shuts
// down it stops early, and its final onDone still runs on the worker; the hook joins it, as a plugin must end its
// threads before the host exits.
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "test_plugin.h"

namespace test_plugin {

namespace {

using fourd::plugin::Env;

std::atomic<bool> shuttingDown{false};

// Joined by the shutdown hook, or at the latest when the library is unloaded or the process exits (a host that
// never shut down, such as the unit tests' fake one).
struct Tickers {
  std::mutex mutex;
  std::vector<std::thread> threads;

  ~Tickers() { stopAll(); }
  void stopAll() {
    shuttingDown = true;
    std::vector<std::thread> stopping;
    {
      std::lock_guard lock(mutex);
      stopping.swap(threads);
    }
    for (std::thread& ticker : stopping) ticker.join();
  }
} tickers;

// Runs on the worker. An error raised by the handler surfaces as a 4D error of the task.
void callHandler(Env env, const fourd::plugin::Ref& handler, const char* function, double argument) {
  fd_value target = handler.get(env);
  fd_value arg = env.number(argument);
  fd_status status = fourd::plugin::api().call_function(env.raw(), target, function, 1, &arg, nullptr);
  if (status != FD_OK) env.raise(46, std::string("ticker: handler.") + function + " failed");
}

}  // namespace

fd_value startTicker(const fourd::plugin::Call& call) {
  double count = call.env.numberOf(call.arg(0), "count");
  if (call.env.type(call.arg(1)) != FD_OBJECT) throw fourd::plugin::Error("the handler must be an object");
  auto handler = std::make_shared<fourd::plugin::Ref>(call.env, call.arg(1));
  std::lock_guard lock(tickers.mutex);
  tickers.threads.emplace_back([worker = fourd::plugin::Worker(call.env), handler, count]() mutable {
    int ticks = 0;
    while (ticks < count && !shuttingDown) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      int tick = ++ticks;
      worker.post([handler, tick](Env env) { callHandler(env, *handler, "onTick", tick); });
    }
    worker.post([handler, ticks](Env env) { callHandler(env, *handler, "onDone", ticks); });
    handler.reset();
    worker.reset();
  });
  return nullptr;
}

void stopTickers() { tickers.stopAll(); }

}  // namespace test_plugin
