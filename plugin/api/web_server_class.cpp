// 4D.WebServer (start(), stop(), isRunning, HTTPPort, rootFolder) and the commands WEB Server,
// WEB START SERVER and WEB STOP SERVER.
#include <iterator>

#include "api/event_objects.h"
#include "api/plugin_classes.h"
#include "api/plugin_state.h"

namespace wsplugin {

using fourd::plugin::Call;
using fourd::plugin::Env;
using fourd::plugin::Error;

namespace {

WebServer& webServerOf(const Call& call) { return PluginState::instance().webServer(call.env); }

// The root folder setting: a path Text, or a folder object with platformPath (or path).
std::filesystem::path readRootFolder(Env env, fd_value root) {
  if (env.type(root) == FD_OBJECT) {
    for (const char* name : {"platformPath", "path"}) {
      fd_value path = env.get(root, name);
      if (env.type(path) == FD_TEXT) return std::filesystem::path(std::string(env.textOf(path)));
    }
  }
  return std::filesystem::path(std::string(env.textOf(root, "settings.rootFolder")));
}

// {success; errors}: what went wrong is reported in the result, not raised.
fd_value startResult(Env env, const WebServer::StartResult& started) {
  fd_value result = env.object();
  env.set(result, "success", env.boolean(started.success));
  if (!started.success) {
    fd_value errors = env.collection();
    for (const std::string& message : started.errors)
      env.push(errors, env.at(makeErrors(env, error_code::WebServerStart, message), 0));
    env.set(result, "errors", errors);
  }
  return result;
}

fd_value start(const Call& call) {
  const Env& env = call.env;
  WebServer& web = webServerOf(call);
  fd_value settings = call.arg(0);
  uint16_t port = web.defaultPort();
  std::filesystem::path root = web.defaultRoot();
  if (env.type(settings) == FD_OBJECT) {
    fd_value httpPort = env.get(settings, "HTTPPort");
    if (!env.isNullish(httpPort)) {
      double number = env.numberOf(httpPort, "settings.HTTPPort");
      if (number < 0 || number > 65535) return startResult(env, {false, {"settings.HTTPPort must be 0 to 65535"}});
      port = static_cast<uint16_t>(number);
    }
    fd_value rootSetting = env.get(settings, "rootFolder");
    if (!env.isNullish(rootSetting)) {
      root = readRootFolder(env, rootSetting);
      std::error_code ec;
      if (!std::filesystem::is_directory(root, ec))
        return startResult(env, {false, {"settings.rootFolder is not a folder: " + root.string()}});
    }
  }
  return startResult(env, PluginState::instance().startWebServer(env, port, root));
}

fd_value stop(const Call& call) {
  PluginState::instance().stopWebServer(call.env);
  return nullptr;
}

fd_value isRunning(const Call& call) { return call.env.boolean(webServerOf(call).isRunning()); }
fd_value httpPort(const Call& call) { return call.env.number(webServerOf(call).port()); }
fd_value rootFolder(const Call& call) { return call.env.text(webServerOf(call).rootFolder().string()); }

fd_value webServerCommand(const Call& call) {
  // Every 4D.WebServer object stands for the one web server; the plugin state owns it.
  std::shared_ptr<WebServer> unowned(&webServerOf(call), [](WebServer*) {});
  return call.env.wrapShared(PluginState::instance().classes.webServer, unowned);
}

fd_value startCommand(const Call& call) {
  WebServer& web = webServerOf(call);
  if (web.isRunning()) return nullptr;
  WebServer::StartResult started =
      PluginState::instance().startWebServer(call.env, web.defaultPort(), web.defaultRoot());
  if (!started.success) throw Error(started.errors.empty() ? "the web server did not start" : started.errors.front(),
                                    error_code::WebServerStart);
  return nullptr;
}

fd_value stopCommand(const Call& call) { return stop(call); }

}  // namespace

fd_status defineWebServer(const fd_host_api& api, fd_registrar reg) {
  using namespace fourd::plugin;
  static const fd_member members[] = {
      method<start>("start"),           method<stop>("stop"),
      readOnly<isRunning>("isRunning"), readOnly<httpPort>("HTTPPort"),
      readOnly<rootFolder>("rootFolder"),
  };
  fd_status status =
      api.define_class(reg, "WebServer", members, std::size(members), &PluginState::instance().classes.webServer);
  if (status == FD_OK) status = api.define_command(reg, "WEB Server", &callback<webServerCommand>, nullptr);
  if (status == FD_OK) status = api.define_command(reg, "WEB START SERVER", &callback<startCommand>, nullptr);
  if (status == FD_OK) status = api.define_command(reg, "WEB STOP SERVER", &callback<stopCommand>, nullptr);
  return status;
}

}  // namespace wsplugin
