#include "api/client_options.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include "api/event_objects.h"
#include "api/option_readers.h"
#include "protocol/client_handshake.h"

namespace wsplugin {

using fourd::plugin::Env;
using fourd::plugin::Error;

namespace {

constexpr const char* kOwner = "connectionHandler";

void addHeader(ClientOptions& options, const std::string& name, const Poco::Dynamic::Var& value) {
  const std::string what = std::string(kOwner) + ".headers." + name;
  if (!value.isString()) throw Error(what + " must be a Text or a Collection of Text", error_code::BadArgument);
  const std::string text = value.extract<std::string>();
  if (std::string refused = ws::refusedHeader(name, text); !refused.empty())
    throw Error(what + ": " + refused, error_code::BadArgument);
  options.headers.emplace_back(name, text);
}

// The ABI reads properties by name only; JSON Stringify's text lists them, in their order.
void readHeaders(Env env, fd_value handler, ClientOptions& options) {
  fd_value headers = env.get(handler, "headers");
  if (env.isNullish(headers)) return;
  if (env.type(headers) != FD_OBJECT)
    throw Error(std::string(kOwner) + ".headers must be an Object", error_code::BadArgument);
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));  // the headers go out in the object's order
  Poco::JSON::Object::Ptr object;
  try {
    object = parser.parse(std::string(env.stringify(headers))).extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception&) {
    throw Error(std::string(kOwner) + ".headers must be an Object of Text", error_code::BadArgument);
  }
  for (const std::string& name : object->getNames()) {
    const Poco::Dynamic::Var value = object->get(name);
    if (value.type() != typeid(Poco::JSON::Array::Ptr)) {
      addHeader(options, name, value);
      continue;
    }
    for (const Poco::Dynamic::Var& each : *value.extract<Poco::JSON::Array::Ptr>()) addHeader(options, name, each);
  }
}

}  // namespace

ClientOptions readClientOptions(Env env, fd_value handler) {
  ClientOptions options;
  if (env.isNullish(handler)) return options;
  options.dataType = readDataType(env, handler, kOwner);
  readHeaders(env, handler, options);
  options.protocols = readTextList(env, handler, "protocols", kOwner);
  for (const std::string& protocol : options.protocols)
    if (!ws::isHttpToken(protocol))
      throw Error(std::string(kOwner) + ".protocols: \"" + protocol + "\" is not a valid subprotocol name",
                  error_code::BadArgument);
  // 0 keeps the default, as for a server's options.
  if (double timeout = readCount(env, handler, "connectTimeout", 0, kOwner); timeout > 0)
    options.connectTimeout = std::chrono::seconds(static_cast<int64_t>(timeout));
  readSizeLimits(env, handler, kOwner, options.limits);
  return options;
}

}  // namespace wsplugin
