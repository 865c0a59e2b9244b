#include "api/server_options.h"

#include "api/event_objects.h"
#include "api/option_readers.h"

namespace wsplugin {

using fourd::plugin::Env;
using fourd::plugin::Error;

namespace {

constexpr const char* kOwner = "options";

// perMessageDeflate, as Node's ws spells it: True, False, or an object of the parameters.
std::optional<ws::DeflateOptions> readDeflate(Env env, fd_value options) {
  fd_value value = env.get(options, "perMessageDeflate");
  if (env.isNullish(value) || (env.type(value) == FD_BOOLEAN && !env.booleanOf(value))) return std::nullopt;
  ws::DeflateOptions deflate;
  if (env.type(value) == FD_BOOLEAN) return deflate;
  if (env.type(value) != FD_OBJECT)
    throw Error("options.perMessageDeflate must be True, False or an Object", error_code::BadArgument);
  auto flag = [&](const char* name, bool& field) {
    fd_value given = env.get(value, name);
    if (!env.isNullish(given)) field = env.booleanOf(given, (std::string("options.perMessageDeflate.") + name).c_str());
  };
  auto bits = [&](const char* name, int& field, int lowest) {
    double given = readCount(env, value, name, field, "options.perMessageDeflate");
    if (given < lowest || given > 15)
      throw Error(std::string("options.perMessageDeflate.") + name + " must be from " + std::to_string(lowest) +
                      " to 15",
                  error_code::BadArgument);
    field = static_cast<int>(given);
  };
  flag("serverNoContextTakeover", deflate.serverNoContextTakeover);
  flag("clientNoContextTakeover", deflate.clientNoContextTakeover);
  // zlib cannot compress with a window of 8 bits.
  bits("serverMaxWindowBits", deflate.serverMaxWindowBits, 9);
  bits("clientMaxWindowBits", deflate.clientMaxWindowBits, 8);
  deflate.threshold =
      static_cast<size_t>(readCount(env, value, "threshold", double(deflate.threshold), "options.perMessageDeflate"));
  for (const char* unsupported : {"zlibDeflateOptions", "zlibInflateOptions", "concurrencyLimit"})
    if (!env.isNullish(env.get(value, unsupported)))
      throw Error(std::string("options.perMessageDeflate.") + unsupported + " is not supported by this server",
                  error_code::BadArgument);
  return deflate;
}

}  // namespace

ServerOptions readServerOptions(Env env, fd_value options) {
  ServerOptions result;
  if (env.isNullish(options)) return result;
  if (env.type(options) != FD_OBJECT) throw Error("options must be an Object", error_code::BadArgument);
  fd_value path = env.get(options, "path");
  if (!env.isNullish(path)) {
    result.path = env.textOf(path, "options.path");
    if (!result.path.empty() && result.path.front() != '/') result.path.insert(0, "/");
  }
  result.dataType = readDataType(env, options, kOwner);
  auto& limits = result.limits;
  readSizeLimits(env, options, kOwner, limits);
  limits.idleTimeout = std::chrono::seconds(static_cast<int64_t>(readCount(env, options, "idleTimeout", 0, kOwner)));
  limits.pingInterval = std::chrono::seconds(static_cast<int64_t>(readCount(env, options, "pingInterval", 0, kOwner)));
  result.maxConnections = static_cast<size_t>(readCount(env, options, "maxConnections", 0, kOwner));
  const double handshakeTimeout =
      readCount(env, options, "handshakeTimeout", double(result.handshakeTimeout.count()), kOwner);
  result.handshakeTimeout = std::chrono::seconds(static_cast<int64_t>(handshakeTimeout));
  if (result.handshakeTimeout.count() == 0) result.handshakeTimeout = std::chrono::seconds(10);
  result.protocols = readTextList(env, options, "protocols", kOwner);
  result.deflate = readDeflate(env, options);
  return result;
}

}  // namespace wsplugin
