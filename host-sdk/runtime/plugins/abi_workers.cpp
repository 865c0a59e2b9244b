// Worker handles and posting from any thread, plus the project folder.
#include "plugins/env.h"
#include "plugins/host_api.h"

namespace fourd {

struct WorkerHandle {
  std::shared_ptr<Mailbox> mailbox;
  std::shared_ptr<void> keepAlive;  // the host is not idle while a plugin holds the handle
  const std::string& component;
  std::shared_ptr<void> endWatch;  // last: released first, so no end call comes once the handle is going
};

namespace {

// One posted task. Called exactly once: on the worker with an env, or with env == NULL when the worker
// dropped it unrun (the last owner then calls it, on whichever thread that is), or never when post() refused it.
struct PostedTask {
  PostedTask(fd_task t, void* d, const std::string& c) : task(t), data(d), component(c) {}
  PostedTask(const PostedTask&) = delete;
  PostedTask& operator=(const PostedTask&) = delete;

  fd_task task;
  void* data;
  const std::string& component;
  bool settled = false;

  void run(CallContext& ctx) {
    settled = true;
    Env env(ctx, component);
    task(toHandle(&env), data);
    env.throwIfRaised();
  }
  ~PostedTask() {
    if (!settled) task(nullptr, data);
  }
};

fd_worker currentWorker(fd_env env) noexcept {
  if (!env) return nullptr;
  Env& e = *fromHandle(env);
  return toHandle(new WorkerHandle{e.context().mailbox(), e.context().keepAlive(), e.component(), nullptr});
}

fd_status post(fd_worker worker, fd_task task, void* data) noexcept {
  if (!worker || !task) return FD_INVALID_ARG;
  WorkerHandle& w = *fromHandle(worker);
  auto pending = std::make_shared<PostedTask>(task, data, w.component);
  bool queued = w.mailbox->post([pending](CallContext& ctx) { pending->run(ctx); });
  if (!queued) pending->settled = true;
  return queued ? FD_OK : FD_CLOSED;
}

void workerRelease(fd_worker worker) noexcept { delete fromHandle(worker); }

fd_status workerOnEnd(fd_worker worker, void (*ended)(void* data), void* data) noexcept {
  if (!worker || !ended) return FD_INVALID_ARG;
  WorkerHandle& w = *fromHandle(worker);
  if (w.endWatch) return FD_INVALID_ARG;
  w.endWatch = w.mailbox->whenClosed([ended, data] { ended(data); });
  return FD_OK;
}

const char* projectFolder(fd_env env) noexcept {
  return env ? fromHandle(env)->context().projectFolder().c_str() : nullptr;
}

}  // namespace

void addWorkerFunctions(fd_host_api& api) {
  api.current_worker = currentWorker;
  api.post = post;
  api.worker_release = workerRelease;
  api.worker_on_end = workerOnEnd;
  api.project_folder = projectFolder;
}

}  // namespace fourd
