#include "api/event_objects.h"

#include <map>
#include <string>
#include <vector>

namespace wsplugin {

using fourd::plugin::Env;

namespace {

// name → value, or name → Collection of values when the name repeats; first-seen order.
fd_value makeMultiMap(Env env, const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::string>> values;
  for (const auto& [name, value] : pairs) {
    auto& list = values[name];
    if (list.empty()) order.push_back(name);
    list.push_back(value);
  }
  fd_value object = env.object();
  for (const std::string& name : order) {
    const auto& list = values[name];
    if (list.size() == 1) {
      env.set(object, name.c_str(), env.text(list.front()));
      continue;
    }
    fd_value collection = env.collection();
    for (const std::string& value : list) env.push(collection, env.text(value));
    env.set(object, name.c_str(), collection);
  }
  return object;
}

}  // namespace

fd_value makeEvent(Env env, const char* type) {
  fd_value event = env.object();
  env.set(event, "type", env.text(type));
  return event;
}

fd_value makeErrorEvent(Env env, fd_value errors) {
  fd_value event = makeEvent(env, "error");
  env.set(event, "errors", errors);
  return event;
}

fd_value makeMessageEvent(Env env, fd_value data) {
  fd_value event = makeEvent(env, "message");
  env.set(event, "data", data);
  return event;
}

fd_value makeTerminateEvent(Env env, uint16_t code, std::string_view reason) {
  fd_value event = makeEvent(env, "terminate");
  env.set(event, "code", env.number(code));
  env.set(event, "reason", env.text(reason));
  return event;
}

fd_value makeInvalidJsonErrors(Env env) {
  return makeErrors(env, error_code::InvalidJson, "the message received is not valid JSON (dataType \"object\")");
}

fd_value makeErrors(Env env, int code, std::string_view message) {
  fd_value error = env.object();
  env.set(error, "errCode", env.number(code));
  env.set(error, "message", env.text(message));
  env.set(error, "componentSignature", env.text(kComponentSignature));
  fd_value errors = env.collection();
  env.push(errors, error);
  return errors;
}

fd_value makeRequest(Env env, const UpgradeRequest& request) {
  fd_value object = env.object();
  env.set(object, "headers", makeMultiMap(env, request.headers));
  env.set(object, "query", makeMultiMap(env, request.query));
  env.set(object, "url", env.text(request.url));
  env.set(object, "remoteAddress", env.text(request.remoteAddress));
  fd_value protocols = env.collection();
  for (const std::string& protocol : request.offeredProtocols) env.push(protocols, env.text(protocol));
  env.set(object, "protocols", protocols);
  return object;
}

}  // namespace wsplugin
