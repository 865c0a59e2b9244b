#pragma once

#include <fourd/plugin.hpp>

#include <string>
#include <vector>

#include "web/web_settings.h"

namespace wsplugin {

// The settings object of WEB Server.start(), over `defaults`. Every setting 4D documents is either honoured with
// 4D's meaning or refused: each refused, unknown, read-only or ill-typed one adds an error naming it, and the
// server must then not start. Null or undefined values count as absent.
WebSettings readWebSettings(fourd::plugin::Env env, fd_value settings, WebSettings defaults,
                            std::vector<std::string>& errors);

}  // namespace wsplugin
