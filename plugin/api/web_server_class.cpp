// 4D.WebServer (start(), stop(), and its settings as read-only properties) and the commands WEB Server,
// WEB START SERVER and WEB STOP SERVER.
#include <iterator>

#include "api/event_objects.h"
#include "api/plugin_classes.h"
#include "api/plugin_state.h"
#include "api/web_settings_reader.h"
#include "web/tls_context.h"

namespace wsplugin {

using fourd::plugin::Call;
using fourd::plugin::Env;
using fourd::plugin::Error;

namespace {

WebServer& webServerOf(const Call& call) { return PluginState::instance().webServer(call.env); }

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
  WebServer& web = webServerOf(call);
  std::vector<std::string> errors;
  WebSettings settings = readWebSettings(call.env, call.arg(0), web.defaults(), errors);
  // Nothing listens half-configured: any setting refused, and the server does not start.
  if (!errors.empty()) return startResult(call.env, {false, errors});
  return startResult(call.env, PluginState::instance().startWebServer(call.env, std::move(settings)));
}

fd_value stop(const Call& call) {
  PluginState::instance().stopWebServer(call.env);
  return nullptr;
}

fd_value isRunning(const Call& call) { return call.env.boolean(webServerOf(call).isRunning()); }
fd_value httpPort(const Call& call) { return call.env.number(webServerOf(call).settings().port); }
fd_value rootFolder(const Call& call) { return call.env.text(webServerOf(call).settings().root.string()); }
fd_value ipAddressToListen(const Call& call) { return call.env.text(webServerOf(call).settings().listenAddress); }
fd_value defaultHomepage(const Call& call) { return call.env.text(webServerOf(call).settings().defaultHomepage); }
fd_value maxRequestSize(const Call& call) {
  return call.env.number(static_cast<double>(webServerOf(call).settings().maxRequestSize));
}
fd_value httpEnabled(const Call& call) { return call.env.boolean(webServerOf(call).settings().httpEnabled); }
fd_value httpsEnabled(const Call& call) { return call.env.boolean(webServerOf(call).settings().httpsEnabled); }
fd_value httpsPort(const Call& call) { return call.env.number(webServerOf(call).settings().httpsPort); }
fd_value certificateFolder(const Call& call) {
  return call.env.text(webServerOf(call).settings().certificateFolder.string());
}
fd_value minTlsVersion(const Call& call) { return call.env.number(webServerOf(call).settings().minTlsVersion); }
fd_value cipherSuite(const Call& call) { return call.env.text(cipherList(webServerOf(call).settings())); }
fd_value perfectForwardSecrecy(const Call& call) {
  return call.env.boolean(hasPerfectForwardSecrecy(cipherList(webServerOf(call).settings())));
}
fd_value openSslVersionOf(const Call& call) { return call.env.text(openSslVersion()); }

fd_value webServerCommand(const Call& call) {
  // Every 4D.WebServer object stands for the one web server; the plugin state owns it.
  std::shared_ptr<WebServer> unowned(&webServerOf(call), [](WebServer*) {});
  return call.env.wrapShared(PluginState::instance().classes.webServer, unowned);
}

fd_value startCommand(const Call& call) {
  WebServer& web = webServerOf(call);
  if (web.isRunning()) return nullptr;
  WebServer::StartResult started = PluginState::instance().startWebServer(call.env, web.defaults());
  if (!started.success) throw Error(started.errors.empty() ? "the web server did not start" : started.errors.front(),
                                    error_code::WebServerStart);
  return nullptr;
}

fd_value stopCommand(const Call& call) { return stop(call); }

}  // namespace

fd_status defineWebServer(const fd_host_api& api, fd_registrar reg) {
  using namespace fourd::plugin;
  static const fd_member members[] = {
      method<start>("start"),
      method<stop>("stop"),
      readOnly<isRunning>("isRunning"),
      readOnly<httpPort>("HTTPPort"),
      readOnly<rootFolder>("rootFolder"),
      readOnly<ipAddressToListen>("IPAddressToListen"),
      readOnly<defaultHomepage>("defaultHomepage"),
      readOnly<maxRequestSize>("maxRequestSize"),
      readOnly<httpEnabled>("HTTPEnabled"),
      readOnly<httpsEnabled>("HTTPSEnabled"),
      readOnly<httpsPort>("HTTPSPort"),
      readOnly<certificateFolder>("certificateFolder"),
      readOnly<minTlsVersion>("minTLSVersion"),
      readOnly<cipherSuite>("cipherSuite"),
      readOnly<perfectForwardSecrecy>("perfectForwardSecrecy"),
      readOnly<openSslVersionOf>("openSSLVersion"),
  };
  fd_status status =
      api.define_class(reg, "WebServer", members, std::size(members), &PluginState::instance().classes.webServer);
  if (status == FD_OK) status = api.define_command(reg, "WEB Server", &callback<webServerCommand>, nullptr);
  if (status == FD_OK) status = api.define_command(reg, "WEB START SERVER", &callback<startCommand>, nullptr);
  if (status == FD_OK) status = api.define_command(reg, "WEB STOP SERVER", &callback<stopCommand>, nullptr);
  return status;
}

}  // namespace wsplugin
