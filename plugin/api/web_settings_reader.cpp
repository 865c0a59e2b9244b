#include "api/web_settings_reader.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/String.h>

#include <functional>
#include <map>
#include <optional>

namespace wsplugin {

using fourd::plugin::Env;

namespace {

// A setting's reader: applies the value, or says why it cannot.
using Apply = std::function<std::optional<std::string>(Env, fd_value, WebSettings&)>;

constexpr double kMinRequestSize = 500000, kMaxRequestSize = 2147483648.0;  // 4D's range for maxRequestSize

// A folder setting: a path Text, or a folder object with platformPath (or path).
std::filesystem::path readFolder(Env env, fd_value folder, const char* what) {
  if (env.type(folder) == FD_OBJECT) {
    for (const char* name : {"platformPath", "path"}) {
      fd_value path = env.get(folder, name);
      if (env.type(path) == FD_TEXT) return std::filesystem::path(std::string(env.textOf(path)));
    }
  }
  return std::filesystem::path(std::string(env.textOf(folder, what)));
}

Apply port(uint16_t WebSettings::*field, const char* what) {
  return [field, what](Env env, fd_value v, WebSettings& s) -> std::optional<std::string> {
    double port = env.numberOf(v, what);
    if (port < 0 || port > 65535 || port != static_cast<int>(port)) return "must be an integer from 0 to 65535";
    s.*field = static_cast<uint16_t>(port);
    return std::nullopt;
  };
}

Apply folder(std::filesystem::path WebSettings::*field, const char* what) {
  return [field, what](Env env, fd_value v, WebSettings& s) -> std::optional<std::string> {
    std::filesystem::path folder = readFolder(env, v, what);
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) return "is not a folder: " + folder.string();
    s.*field = std::move(folder);
    return std::nullopt;
  };
}

Apply flag(bool WebSettings::*field, const char* what) {
  return [field, what](Env env, fd_value v, WebSettings& s) -> std::optional<std::string> {
    s.*field = env.booleanOf(v, what);
    return std::nullopt;
  };
}

Apply text(std::string WebSettings::*field, const char* what) {
  return [field, what](Env env, fd_value v, WebSettings& s) -> std::optional<std::string> {
    s.*field = std::string(env.textOf(v, what));
    return std::nullopt;
  };
}

// A setting this server honours only at the value that describes what it does (False for a feature it lacks).
template <class T>
Apply onlyAt(T value, std::string why) {
  return [value, why = std::move(why)](Env env, fd_value given, WebSettings&) -> std::optional<std::string> {
    bool same;
    if constexpr (std::is_same_v<T, bool>)
      same = env.type(given) == FD_BOOLEAN && env.booleanOf(given) == value;
    else
      same = env.type(given) == FD_NUMBER && env.numberOf(given) == value;
    if (same) return std::nullopt;
    return why;
  };
}

Apply refused(std::string why) {
  return [why = std::move(why)](Env, fd_value, WebSettings&) -> std::optional<std::string> { return why; };
}

const std::map<std::string, Apply>& settingReaders() {
  static const std::string noSessions = "web sessions are not available in this web server";
  static const std::map<std::string, Apply> readers = {
      {"HTTPPort", port(&WebSettings::port, "settings.HTTPPort")},
      {"rootFolder", folder(&WebSettings::root, "settings.rootFolder")},
      {"IPAddressToListen",
       [](Env env, fd_value v, WebSettings& s) -> std::optional<std::string> {
         std::string address(env.textOf(v, "settings.IPAddressToListen"));
         Poco::Net::IPAddress parsed;
         if (!address.empty() && !Poco::Net::IPAddress::tryParse(address, parsed))
           return "is not an IPv4 or IPv6 address: \"" + address + "\"";
         s.listenAddress = std::move(address);
         return std::nullopt;
       }},
      {"defaultHomepage", text(&WebSettings::defaultHomepage, "settings.defaultHomepage")},
      {"maxRequestSize",
       [](Env env, fd_value v, WebSettings& s) -> std::optional<std::string> {
         double size = env.numberOf(v, "settings.maxRequestSize");
         if (size < kMinRequestSize || size > kMaxRequestSize) return "must be from 500000 to 2147483648";
         s.maxRequestSize = static_cast<uint64_t>(size);
         return std::nullopt;
       }},
      {"characterSet",
       [](Env env, fd_value v, WebSettings&) -> std::optional<std::string> {
         bool utf8 = env.type(v) == FD_NUMBER ? env.numberOf(v) == 106
                                              : Poco::icompare(std::string(env.textOf(v)), "UTF-8") == 0;
         if (utf8) return std::nullopt;
         return "only UTF-8 (106) is available";
       }},
      {"HTTPEnabled", flag(&WebSettings::httpEnabled, "settings.HTTPEnabled")},
      {"HTTPSEnabled", flag(&WebSettings::httpsEnabled, "settings.HTTPSEnabled")},
      {"HTTPSPort", port(&WebSettings::httpsPort, "settings.HTTPSPort")},
      {"certificateFolder", folder(&WebSettings::certificateFolder, "settings.certificateFolder")},
      {"minTLSVersion",
       [](Env env, fd_value v, WebSettings& s) -> std::optional<std::string> {
         double version = env.numberOf(v, "settings.minTLSVersion");
         if (version != 1 && version != 2 && version != 3 && version != 4)
           return "must be 1 (TLS 1.0), 2 (TLS 1.1), 3 (TLS 1.2) or 4 (TLS 1.3)";
         s.minTlsVersion = static_cast<int>(version);
         return std::nullopt;
       }},
      {"cipherSuite", text(&WebSettings::cipherSuite, "settings.cipherSuite")},
      {"HSTSEnabled", onlyAt(false, "HSTS is not available in this web server")},
      {"HSTSMaxAge", refused("HSTS is not available in this web server")},
      {"CORSEnabled", onlyAt(false, "CORS is not available in this web server")},
      {"CORSSettings", refused("CORS is not available in this web server")},
      {"HTTPTrace", onlyAt(false, "TRACE is always refused (405) by this web server")},
      {"HTTPCompressionLevel", refused("HTTP compression is not available in this web server")},
      {"HTTPCompressionThreshold", refused("HTTP compression is not available in this web server")},
      {"debugLog", onlyAt(0.0, "the HTTP debug log is not available in this web server: debugLog must be 0")},
      {"logRecording", onlyAt(0.0, "request logs are not available in this web server: logRecording must be 0")},
      {"keepSession", onlyAt(false, noSessions)},
      {"scalableSession", onlyAt(false, noSessions)},
      {"inactiveProcessTimeout", refused(noSessions)},
      {"inactiveSessionTimeout", refused(noSessions)},
      {"maxSessions", refused(noSessions)},
      {"sessionCookieDomain", refused(noSessions)},
      {"sessionCookiePath", refused(noSessions)},
      {"sessionCookieSameSite", refused(noSessions)},
      {"sessionIPAddressValidation", refused(noSessions)},
      {"maxConcurrentProcesses", refused("this web server runs no web processes: requests are served by its I/O "
                                         "threads, and WebSocket callbacks on their server's worker")},
      {"accessKeyDefined", refused("is read-only")},
      {"isRunning", refused("is read-only")},
      {"name", refused("is read-only")},
      {"openSSLVersion", refused("is read-only")},
      {"perfectForwardSecrecy", refused("is read-only")},
      {"sessionCookieName", refused("is read-only")},
  };
  return readers;
}

// The ABI has no way to list an object's properties; its JSON does.
std::vector<std::string> propertyNames(Env env, fd_value object) {
  Poco::JSON::Parser parser;
  auto parsed = parser.parse(std::string(env.stringify(object))).extract<Poco::JSON::Object::Ptr>();
  std::vector<std::string> names;
  parsed->getNames(names);
  return names;
}

}  // namespace

WebSettings readWebSettings(Env env, fd_value settings, WebSettings defaults, std::vector<std::string>& errors) {
  if (env.isNullish(settings)) return defaults;
  if (env.type(settings) != FD_OBJECT) {
    errors.push_back("settings must be an object");
    return defaults;
  }
  const auto& readers = settingReaders();
  for (const std::string& name : propertyNames(env, settings)) {
    fd_value value = env.get(settings, name.c_str());
    auto reader = readers.find(name);
    if (reader == readers.end()) {
      errors.push_back("settings." + name + ": unknown setting");
      continue;
    }
    if (env.isNullish(value)) continue;
    try {
      if (auto why = reader->second(env, value, defaults)) errors.push_back("settings." + name + ": " + *why);
    } catch (const fourd::plugin::Error& error) {
      errors.push_back(error.what());
    }
  }
  return defaults;
}

}  // namespace wsplugin
