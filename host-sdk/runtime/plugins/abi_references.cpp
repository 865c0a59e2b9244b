// Counted references: a value kept beyond its invocation. Value counts are atomic, so the last release may
// happen on any thread (a wrapped instance's finalizer then runs there, as the ABI says).
#include "plugins/env.h"
#include "plugins/host_api.h"

namespace fourd {

struct Reference {
  Value value;
};

namespace {

fd_ref refCreate(fd_env, fd_value value) noexcept {
  if (!value) return nullptr;
  return toHandle(new Reference{*fromHandle(value)});
}

fd_value refGet(fd_env env, fd_ref ref) noexcept {
  if (!env || !ref) return nullptr;
  return fromHandle(env)->hold(fromHandle(ref)->value);
}

void refRelease(fd_ref ref) noexcept { delete fromHandle(ref); }

}  // namespace

void addReferenceFunctions(fd_host_api& api) {
  api.ref_create = refCreate;
  api.ref_get = refGet;
  api.ref_release = refRelease;
}

}  // namespace fourd
