#pragma once
// Calling a connection handler's callbacks, for a server's connections and for clients alike.

#include <fourd/plugin.hpp>

namespace wsplugin {

// handler.name(subject; event) when the handler has that function (one without it is no error). A callback
// that raised an error is reported to the same handler's onError (the error also stays on the 4D error stack).
void callHandler(fourd::plugin::Env env, fd_value handler, fd_value subject, const char* name, fd_value event);
// handler.onError(subject; {type: "error"; errors}) when the handler has it; an error it raises itself stays on the
// 4D error stack, with nothing further to report to.
void callOnError(fourd::plugin::Env env, fd_value handler, fd_value subject, fd_value errors);

}  // namespace wsplugin
