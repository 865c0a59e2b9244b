#include "api/handler_calls.h"

#include <cstring>

#include "api/event_objects.h"

namespace wsplugin {

using fourd::plugin::Env;
using fourd::plugin::Raised;

void callHandler(Env env, fd_value handler, fd_value subject, const char* name, fd_value event) {
  // env.call does nothing for a missing function: one lookup per message, not two.
  try {
    env.call(handler, name, {subject, event});
  } catch (const Raised&) {
    if (std::strcmp(name, "onError") != 0) callOnError(env, handler, subject, env.lastErrors());
  }
}

void callOnError(Env env, fd_value handler, fd_value subject, fd_value errors) {
  if (!env.hasFunction(handler, "onError")) return;
  try {
    env.call(handler, "onError", {subject, makeErrorEvent(env, errors)});
  } catch (const Raised&) {
  }
}

}  // namespace wsplugin
