#include "api/option_readers.h"

#include <cmath>

#include "api/event_objects.h"

namespace wsplugin {

using fourd::plugin::Env;
using fourd::plugin::Error;

double readCount(Env env, fd_value object, const char* name, double fallback, const std::string& owner) {
  fd_value value = env.get(object, name);
  if (env.isNullish(value)) return fallback;
  const std::string what = owner + "." + name;
  double number = env.numberOf(value, what.c_str());
  if (number < 0 || std::isnan(number)) throw Error(what + " must not be negative", error_code::BadArgument);
  return std::floor(number);
}

std::vector<std::string> readTextList(Env env, fd_value object, const char* name, const std::string& owner) {
  std::vector<std::string> list;
  fd_value value = env.get(object, name);
  if (env.isNullish(value)) return list;
  const std::string what = owner + "." + name;
  if (env.type(value) != FD_COLLECTION) throw Error(what + " must be a Collection of Text", error_code::BadArgument);
  const std::string each = "each of " + what;
  for (size_t i = 0; i < env.length(value); ++i) list.emplace_back(env.textOf(env.at(value, i), each.c_str()));
  return list;
}

void readSizeLimits(Env env, fd_value object, const std::string& owner, ConnectionLimits& limits) {
  for (auto [name, field] : {std::pair{"maxMessageSize", &ConnectionLimits::maxMessageSize},
                             std::pair{"maxOutgoingBuffer", &ConnectionLimits::maxOutgoingBuffer},
                             std::pair{"maxIncomingBuffer", &ConnectionLimits::maxIncomingBuffer}})
    if (double size = readCount(env, object, name, 0, owner); size > 0) limits.*field = static_cast<size_t>(size);
}

}  // namespace wsplugin
