#include "process/worker.h"

#include <deque>
#include <iostream>

#include "interp/engine.h"
#include "process/process.h"

namespace fourd {

Worker::Worker(Engine& engine, std::string name, ProcessOrigin origin, Life life)
    : engine_(engine),
      name_(std::move(name)),
      life_(life),
      queue_(std::make_shared<TaskQueue>(engine.activity)),
      process_(std::make_unique<Process>(engine, name_, origin, queue_)),
      thread_(WorkerThread::start([this] { run(); })) {}

Worker::~Worker() {
  stop();
  join();
}

void Worker::stop() {
  process_->requestStop();
  queue_->close();
}

void Worker::join() { thread_->join(); }

int Worker::number() const { return process_->number(); }

void Worker::run() {
  std::deque<Task> batch;
  while (queue_->takeBatch(batch)) {
    while (!batch.empty()) {
      Task task = std::move(batch.front());
      batch.pop_front();
      if (!process_->stopRequested) runTask(task);
      engine_.activity.callDone();
      // What plugins posted to a New process meanwhile is dropped with its queue, as for a killed worker.
      if (life_ == Life::FirstTaskOnly) stop();
    }
  }
  engine_.processes.ended(process_->number());
  ended_ = true;
}

void Worker::runTask(Task& task) {
  try {
    task(*process_);
  } catch (const CallChainAborted&) {
    // Already reported where it happened.
  } catch (const RuntimeError& e) {
    std::cerr << "Error " << e.info().code << " in " << name_ << ": " << e.info().message << std::endl;
  } catch (const std::exception& e) {
    std::cerr << "Internal error in " << name_ << ": " << e.what() << std::endl;
  }
  process_->callDepth = 0;
  process_->tryDepth = 0;
}

}  // namespace fourd
