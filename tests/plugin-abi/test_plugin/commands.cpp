// Commands: TEST DESCRIBE (every value type across the ABI), TEST PARSE (JSON), TEST RANGE (collections).
#include <cstdio>

#include "test_plugin.h"

namespace test_plugin {

namespace {

using fourd::plugin::Call;
using fourd::plugin::Env;

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

fd_value describeArgs(const Call& call) {
  std::string out;
  for (size_t i = 0; i < call.args.size(); ++i) out += (i ? " | " : "") + describe(call.env, call.args[i]);
  return call.env.text(out);
}

fd_value parse(const Call& call) {
  fd_value result = call.env.parseJson(call.env.textOf(call.arg(0), "json"));
  if (!result) throw fourd::plugin::Error("invalid JSON", 47);
  return result;
}

fd_value range(const Call& call) {
  fd_value result = call.env.collection();
  for (int i = 1; i <= call.env.numberOf(call.arg(0), "count"); ++i) call.env.push(result, call.env.number(i));
  return result;
}

}  // namespace

std::string describe(const Env& env, fd_value value) {
  switch (env.type(value)) {
    case FD_UNDEFINED: return "undefined";
    case FD_NULL: return "null";
    case FD_BOOLEAN: return env.booleanOf(value) ? "boolean:true" : "boolean:false";
    case FD_NUMBER: return "number:" + number(env.numberOf(value));
    case FD_TEXT: return "text:" + std::string(env.textOf(value));
    case FD_BLOB: return "blob:" + std::to_string(env.blobOf(value).size()) + " bytes";
    case FD_COLLECTION: {
      std::string out = "collection:[";
      for (size_t i = 0; i < env.length(value); ++i) out += (i ? "," : "") + describe(env, env.at(value, i));
      return out + "]";
    }
    case FD_OBJECT:
      if (env.unwrapShared<Counter>(value, counterClass)) return "counter";
      return "object:" + std::string(env.stringify(value));
  }
  return "?";
}

fd_status defineCommands(fd_registrar reg) {
  using fourd::plugin::api;
  using fourd::plugin::callback;
  fd_status status = api().define_command(reg, "TEST DESCRIBE", &callback<describeArgs>, nullptr);
  if (status == FD_OK) status = api().define_command(reg, "TEST PARSE", &callback<parse>, nullptr);
  if (status == FD_OK) status = api().define_command(reg, "TEST RANGE", &callback<range>, nullptr);
  return status;
}

}  // namespace test_plugin
